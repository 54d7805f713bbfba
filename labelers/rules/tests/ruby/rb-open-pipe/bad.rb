name = STDIN.gets.strip
puts open(name).read
puts IO.read(name)
lines = IO.readlines(name)
IO.foreach(name) { |line| puts line }
IO.write(name, "done\n")
report = IO.binread("#{name}.bin")
