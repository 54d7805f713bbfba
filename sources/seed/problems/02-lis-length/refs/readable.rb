# Length of the longest strictly increasing subsequence.

def read_sequence
  tokens = STDIN.read.split.map(&:to_i)
  tokens[1, tokens[0]]
end

# Patience sorting: smallest_tail[k] is the smallest last element of an increasing run of length k + 1.
def longest_increasing_length(sequence)
  smallest_tail = []
  sequence.each do |value|
    position = smallest_tail.bsearch_index { |tail| tail >= value } || smallest_tail.size
    smallest_tail[position] = value
  end
  smallest_tail.size
end

puts longest_increasing_length(read_sequence)
