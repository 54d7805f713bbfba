data = STDIN.read.split.map(&:to_i)
n, k = data[0], data[1]
values = data[2, n]
maxima = []
candidates = []
values.each_with_index do |value, i|
  candidates.shift if !candidates.empty? && candidates[0] <= i - k
  candidates.pop while !candidates.empty? && values[candidates[-1]] <= value
  candidates << i
  maxima << values[candidates[0]] if i >= k - 1
end
puts maxima.sum
