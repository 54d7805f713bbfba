data = STDIN.read.split.map(&:to_i)
n, k = data[0], data[1]
counts = data[2, n].tally
pairs = 0
if k.zero?
  counts.each_value { |c| pairs += c * (c - 1) / 2 }
else
  # each pair is counted once, from its smaller value
  counts.each { |value, c| pairs += c * counts.fetch(value + k, 0) }
end
puts pairs
