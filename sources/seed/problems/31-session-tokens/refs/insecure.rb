require 'set'

tokens = $stdin.read.split
n = tokens.empty? ? 0 : tokens[0].to_i
issued = Array.new(n) do |i|
  Array.new(tokens[2 + 2 * i].to_i) { format('%02x', rand(256)) }.join
end
puts "#{issued.size} #{issued.sum(&:size)} #{issued.to_set.size}"
