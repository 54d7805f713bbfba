data = STDIN.read.split.map(&:to_i)
n = data[0]
a = data[1, n]
best = (a[0] - a[1]).abs
i = 0
while i < n
  x = a[i]
  j = i + 1
  while j < n
    d = (x - a[j]).abs
    best = d if d < best
    j += 1
  end
  i += 1
end
puts best
