require 'set'

STDIN.gets
seen = Set.new # only the distinct readings, never the whole log
STDIN.each_line { |line| seen << line.to_i }
puts seen.size
