# Substitutes %s placeholders and %% escapes without interpreting the template as a format.
def fill(template, fields)
  queue = fields.dup
  template.gsub(/%[s%]/) { |match| match == '%%' ? '%' : queue.shift }
end

lines = $stdin.read.lines.map(&:chomp)
template = lines[0]
n = lines[1].to_i
puts lines[2, n].to_a.map { |line| fill(template, line.split) }
