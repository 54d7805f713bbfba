data = STDIN.read.split.map(&:to_i)
n, limit = data[0], data[1]
values = data[2, n]
pairs = 0
i = 0
while i < n
  x = values[i]
  j = i + 1
  while j < n
    pairs += 1 if x + values[j] <= limit
    j += 1
  end
  i += 1
end
puts pairs
