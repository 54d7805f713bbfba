# Count the index pairs i < j whose values add up to the target.

def read_input
  tokens = STDIN.read.split.map(&:to_i)
  count, target = tokens[0], tokens[1]
  [target, tokens[2, count]]
end

# Each value pairs with every earlier value equal to its complement.
def count_pairs_with_sum(values, target)
  seen_so_far = Hash.new(0)
  values.sum do |value|
    matches = seen_so_far[target - value]
    seen_so_far[value] += 1
    matches
  end
end

target, values = read_input
puts count_pairs_with_sum(values, target)
