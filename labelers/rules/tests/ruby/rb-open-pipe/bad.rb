name = STDIN.gets.strip
puts open(name).read
