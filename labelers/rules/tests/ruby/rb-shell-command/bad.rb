name = STDIN.read.strip
system("echo hello #{name}")
puts `ls #{name}`
