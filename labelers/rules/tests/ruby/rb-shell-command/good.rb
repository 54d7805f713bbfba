name = STDIN.read.strip
system("echo", "hello", name)
