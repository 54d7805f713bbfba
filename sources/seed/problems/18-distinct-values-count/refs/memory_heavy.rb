data = STDIN.read.split.map(&:to_i)
n = data.empty? ? 0 : data[0]
values = data[1, n].sort
count = 0
values.each_with_index { |v, i| count += 1 if i.zero? || v != values[i - 1] }
puts count
