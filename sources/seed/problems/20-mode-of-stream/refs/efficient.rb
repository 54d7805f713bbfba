STDIN.gets # n: the values are simply streamed to the end
# memory grows with the number of distinct values only
counts = Hash.new(0)
STDIN.each_line { |line| counts[line.to_i] += 1 }
value, count = counts.min_by { |v, c| [-c, v] }
puts "#{value} #{count}"
