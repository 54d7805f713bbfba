INT64_MAX = 2**63 - 1

tokens = $stdin.read.split
n = tokens.empty? ? 0 : tokens[0].to_i
# Ruby integers do not wrap, so the bound is checked once on the exact sum.
total = (0...n).sum { |i| tokens[1 + 2 * i].to_i * tokens[2 + 2 * i].to_i }
puts total > INT64_MAX ? 'OVERFLOW' : total
