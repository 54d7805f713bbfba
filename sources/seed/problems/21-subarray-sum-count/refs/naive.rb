t = STDIN.read.split.map(&:to_i)
n, k = t[0], t[1]
prefix = [0]
t[2, n].each { |x| prefix << prefix[-1] + x }
count = 0
(1..n).each do |j|
  # every earlier prefix equal to prefix[j] - k starts a matching subarray; scan them all
  count += prefix[0, j].count(prefix[j] - k)
end
puts count
