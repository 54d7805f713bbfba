expr = STDIN.read
puts eval(expr)
