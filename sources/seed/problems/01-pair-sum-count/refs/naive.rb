data = STDIN.read.split.map(&:to_i)
n, t = data[0], data[1]
a = data[2, n]
pairs = 0
(0...n).each do |i|
  # scan every later element for the partner value
  pairs += a[(i + 1)..].count(t - a[i])
end
puts pairs
