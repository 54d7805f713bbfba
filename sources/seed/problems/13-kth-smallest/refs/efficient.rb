data = STDIN.read.split.map(&:to_i)
n, k = data[0], data[1]
puts data[2, n].sort[k - 1]
