lines = $stdin.read.lines.map(&:chomp)
n = lines.empty? ? 0 : lines[0].to_i
puts lines[1, n].to_a.map { |line| eval(line) }
