STDIN.gets
counts = Hash.new(0) # only the readings seen, never the whole log
STDIN.each_line { |line| counts[line.to_i] += 1 }
best = counts.keys.min_by { |value| [-counts[value], value] }
puts "#{best} #{counts[best]}"
