data = STDIN.read.split.map(&:to_i)
n = data[0]
values = data[1, n]
total = 0
i = 0
while i < n
  x = values[i]
  j = i + 1
  while j < n
    total += (x - values[j]).abs
    j += 1
  end
  i += 1
end
puts total
