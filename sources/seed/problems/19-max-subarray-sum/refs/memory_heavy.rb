data = STDIN.read.split.map(&:to_i)
n = data[0]
values = data[1, n]
prefix = [0]
values.each { |v| prefix << prefix[-1] + v }
best = values[0]
lowest = prefix[0]
(1..n).each do |j|
  best = prefix[j] - lowest if prefix[j] - lowest > best
  lowest = prefix[j] if prefix[j] < lowest
end
puts best
