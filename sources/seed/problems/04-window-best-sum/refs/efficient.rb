n, k = STDIN.gets.split.map(&:to_i)
window = Array.new(k, 0) # ring buffer of the last k readings
total = 0
best = nil
i = 0
STDIN.each_line do |line|
  value = line.to_i
  slot = i % k
  total += value - window[slot]
  window[slot] = value
  best = total if i >= k - 1 && (best.nil? || total > best)
  i += 1
end
puts best
