lines = $stdin.read.lines.map(&:chomp)
template = lines[0]
n = lines[1].to_i
puts lines[2, n].to_a.map { |line| format(template, *line.split) }
