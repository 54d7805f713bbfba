data = STDIN.read.split
n = data[0].to_i
strings = data[1, n]
first = strings[0]
answer = 0
# try every prefix length of the first string, longest first, checking all strings each time
first.length.downto(0) do |length|
  candidate = first[0, length]
  if strings.all? { |s| s.start_with?(candidate) }
    answer = length
    break
  end
end
puts answer
