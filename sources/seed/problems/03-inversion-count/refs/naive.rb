data = STDIN.read.split.map(&:to_i)
n = data[0]
a = data[1, n]
inversions = 0
(0...n).each do |j|
  v = a[j]
  inversions += a[0, j].count { |x| x > v }
end
puts inversions
