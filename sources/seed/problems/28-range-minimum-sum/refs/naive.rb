data = STDIN.read.split.map(&:to_i)
n, q = data[0], data[1]
a = data[2, n]
total = 0
pos = 2 + n
q.times do
  total += a[(data[pos] - 1)..(data[pos + 1] - 1)].min # scan the whole range
  pos += 2
end
puts total
