n = STDIN.read.to_i
puts (2..n).count { |k| (2..Integer.sqrt(k)).none? { |d| (k % d).zero? } }
