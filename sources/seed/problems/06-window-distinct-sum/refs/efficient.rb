n, k = STDIN.gets.split.map(&:to_i)
window = Array.new(k, 0) # ring buffer of the last k values
counts = Hash.new(0)     # how often each value occurs in the current window
total = 0
i = 0
STDIN.each_line do |line|
  value = line.to_i
  slot = i % k
  if i >= k
    leaving = window[slot]
    counts[leaving] -= 1
    counts.delete(leaving) if counts[leaving].zero?
  end
  window[slot] = value
  counts[value] += 1
  total += counts.size if i >= k - 1
  i += 1
end
puts total
