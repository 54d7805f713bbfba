tokens = $stdin.read.split
n = tokens.empty? ? 0 : tokens[0].to_i
$stdout.write(tokens[1, n].to_a.map { |name| "Hello, #{name}!\n" }.join)
