op = STDIN.gets.strip
puts 10.send(op, 3)
klass = Object.const_get(op)
