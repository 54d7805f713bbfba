data = STDIN.read.split.map(&:to_i)
n, q = data[0], data[1]
prefix = [0]
data[2, n].each { |x| prefix << prefix[-1] + x }
total = 0
best = nil
q.times do |i|
  left, right = data[2 + n + 2 * i], data[3 + n + 2 * i]
  answer = prefix[right] - prefix[left - 1]
  total += answer
  best = answer if best.nil? || answer > best
end
puts "#{total} #{best}"
