data = STDIN.read.split.map(&:to_i)
n = data[0]
values = data[1, n].sort
total = 0
prefix = 0
values.each_with_index do |value, position|
  # value is at least every earlier (smaller) value in sorted order
  total += value * position - prefix
  prefix += value
end
puts total
