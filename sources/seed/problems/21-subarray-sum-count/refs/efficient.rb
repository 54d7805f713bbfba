# Counts subarrays summing to the target with prefix sums:
# a subarray (i, j] matches exactly when prefix[j] - prefix[i] == target.
def count_subarrays_with_sum(values, target)
  seen_prefix_counts = Hash.new(0)
  seen_prefix_counts[0] = 1 # the empty prefix
  prefix = 0
  matches = 0
  values.each do |value|
    prefix += value
    matches += seen_prefix_counts[prefix - target]
    seen_prefix_counts[prefix] += 1
  end
  matches
end

tokens = STDIN.read.split
n = tokens[0].to_i
target = tokens[1].to_i
values = tokens[2, n].map(&:to_i)
puts count_subarrays_with_sum(values, target)
