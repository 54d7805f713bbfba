# Readable reference: the monotonic stack with named steps and comments (same algorithm as efficient).
# Scan from the right keeping a stack of candidates that are strictly decreasing from bottom to top.
def next_greater_sum(values)
  candidates = []
  total = 0
  values.reverse_each do |value|
    candidates.pop while !candidates.empty? && candidates[-1] <= value # hidden behind value
    total += candidates.empty? ? -1 : candidates[-1]
    candidates << value
  end
  total
end

data = STDIN.read.split.map(&:to_i)
n = data[0]
puts next_greater_sum(data[1, n])
