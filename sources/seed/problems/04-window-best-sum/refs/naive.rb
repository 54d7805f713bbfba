data = STDIN.read.split.map(&:to_i)
n, k = data[0], data[1]
a = data[2, n]
puts (0..(n - k)).map { |i| a[i, k].sum }.max
