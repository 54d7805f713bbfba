data = STDIN.read.split.map(&:to_i)
n, k = data[0], data[1]
values = data[2, n]
puts (0..(n - k)).sum { |i| values[i, k].max }
