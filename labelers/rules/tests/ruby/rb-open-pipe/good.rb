name = STDIN.gets.strip
puts File.open(name).read
puts File.read(name)
lines = File.readlines(name)
File.foreach(name) { |line| puts line }
File.write(name, "done\n")
hosts = IO.read("/etc/hosts")
report = IO.binread("reports/#{File.basename(name)}.bin")
