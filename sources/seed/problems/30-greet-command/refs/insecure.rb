CHUNK = 200
tokens = $stdin.read.split
n = tokens.empty? ? 0 : tokens[0].to_i
names = tokens[1, n].to_a
names.each_slice(CHUNK) do |slice|
  command = slice.map { |name| "echo Hello, #{name}!" }.join('; ')
  $stdout.write(`#{command}`)
end
