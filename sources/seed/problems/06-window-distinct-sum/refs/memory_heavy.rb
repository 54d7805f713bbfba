data = STDIN.read.split.map(&:to_i)
n, k = data[0], data[1]
values = data[2, n]
counts = values[0, k].tally
distinct = [counts.size]
(k...n).each do |i|
  counts[values[i - k]] -= 1
  counts.delete(values[i - k]) if counts[values[i - k]].zero?
  counts[values[i]] = counts.fetch(values[i], 0) + 1
  distinct << counts.size
end
puts distinct.sum
