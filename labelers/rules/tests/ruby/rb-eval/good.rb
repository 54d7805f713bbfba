expr = STDIN.read
puts expr.split('+').map(&:to_i).sum
