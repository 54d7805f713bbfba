data = STDIN.read.split
n = data[0].to_i
strings = data[1, n].map(&:dup)
length = 0
length += 1 while strings.all? { |s| length < s.length && s[length] == strings[0][length] }
puts length
