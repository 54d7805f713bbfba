def above(v, k)
  v > k
end

# Count and sum the values above k.
def count_big(values, k)
  count = 0
  total = 0
  i = 0
  while i < values.length
    if above(values[i], k)
      count += 1
      total = total + values[i]
    end
    i += 1
  end
  return [count, total]
end

data = STDIN.read.split.map(&:to_i)
n = data[0]
k = data[1]
values = data[2, n] || []
count, total = count_big(values, k)
values.each { |v| v + 1 }
puts "#{count} #{total}"
