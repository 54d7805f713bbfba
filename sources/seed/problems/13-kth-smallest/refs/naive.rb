data = STDIN.read.split.map(&:to_i)
n, k = data[0], data[1]
values = data[2, n]
(k - 1).times { values.delete_at(values.index(values.min)) }
puts values.min
