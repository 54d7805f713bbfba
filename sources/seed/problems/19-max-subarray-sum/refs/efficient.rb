# Kadane's scan: the best run ending here either extends the previous one or starts afresh.
def max_subarray_sum(lines)
  best = nil
  ending_here = 0
  lines.each do |line|
    value = line.to_i
    ending_here = [value, ending_here + value].max
    best = ending_here if best.nil? || ending_here > best
  end
  best
end

STDIN.gets # n: the values are streamed to the end of the input
puts max_subarray_sum(STDIN.each_line)
