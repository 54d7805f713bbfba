# Count the pairs i < j with a[i] > a[j].
MAX_VALUE = 1_000_000

# Prefix counts over the values 1..size, each update and query in O(log size).
class FenwickTree
  def initialize(size)
    @size = size
    @counts = Array.new(size + 1, 0)
  end

  def add_one(value)
    while value <= @size
      @counts[value] += 1
      value += value & -value
    end
  end

  def count_at_most(value)
    total = 0
    while value > 0
      total += @counts[value]
      value -= value & -value
    end
    total
  end
end

# Each value forms an inversion with every earlier value that is larger.
def count_inversions(sequence)
  seen = FenwickTree.new(MAX_VALUE)
  sequence.each_with_index.sum do |value, seen_so_far|
    larger_before = seen_so_far - seen.count_at_most(value)
    seen.add_one(value)
    larger_before
  end
end

tokens = STDIN.read.split.map(&:to_i)
puts count_inversions(tokens[1, tokens[0]])
