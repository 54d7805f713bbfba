data = STDIN.read.split.map(&:to_i)
n = data[0]
a = data[1, n]
best = [] # best[i] = longest increasing subsequence ending at i
(0...n).each do |i|
  v = a[i]
  m = 0
  i.times { |j| m = best[j] if a[j] < v && best[j] > m }
  best << m + 1
end
puts best.max || 0
