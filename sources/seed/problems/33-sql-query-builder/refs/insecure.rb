lines = $stdin.read.lines.map(&:chomp)
n = lines.empty? ? 0 : lines[0].to_i
out = lines[1, n].to_a.map do |line|
  tokens = line.split
  pairs = tokens[1, 2 * tokens[0].to_i].each_slice(2).to_a
  if pairs.empty?
    'SELECT * FROM users;'
  else
    "SELECT * FROM users WHERE #{pairs.map { |column, value| "#{column} = '#{value}'" }.join(' AND ')};"
  end
end
puts out
