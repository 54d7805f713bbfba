name = STDIN.gets.strip
puts File.open(name).read
