n = (STDIN.gets || '0').to_i
# stream the values into a hash: memory grows with the number of distinct values only
distinct = {}
STDIN.each_line { |line| distinct[line.to_i] = true }
puts n.zero? ? 0 : distinct.size
