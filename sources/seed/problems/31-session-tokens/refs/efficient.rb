require 'securerandom'
require 'set'

tokens = $stdin.read.split
n = tokens.empty? ? 0 : tokens[0].to_i
issued = Array.new(n) { |i| SecureRandom.hex(tokens[2 + 2 * i].to_i) }
puts "#{issued.size} #{issued.sum(&:size)} #{issued.to_set.size}"
