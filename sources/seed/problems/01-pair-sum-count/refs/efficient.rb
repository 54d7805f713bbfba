data = STDIN.read.split.map(&:to_i)
n, t = data[0], data[1]
seen = Hash.new(0)
pairs = 0
data[2, n].each do |x|
  pairs += seen[t - x]
  seen[x] += 1
end
puts pairs
