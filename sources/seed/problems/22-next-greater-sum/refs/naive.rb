data = STDIN.read.split.map(&:to_i)
n = data[0]
a = data[1, n]
total = 0
(0...n).each do |i|
  found = -1
  j = i + 1
  while j < n
    if a[j] > a[i]
      found = a[j]
      break
    end
    j += 1
  end
  total += found
end
puts total
