# After sorting, the closest pair of values sits next to each other.
def closest_difference(values)
  values.sort.each_cons(2).map { |a, b| b - a }.min
end

data = STDIN.read.split.map(&:to_i)
puts closest_difference(data[1, data[0]])
