COLUMNS = %w[id name email role city status].freeze

# A SQL string literal: quoted, with embedded quotes doubled.
def quote_literal(value)
  "'" + value.gsub("'", "''") + "'"
end

def build_query(pairs)
  return 'INVALID' unless pairs.all? { |column, _| COLUMNS.include?(column) }
  return 'SELECT * FROM users;' if pairs.empty?

  'SELECT * FROM users WHERE ' + pairs.map { |column, value| column + ' = ' + quote_literal(value) }.join(' AND ') + ';'
end

lines = $stdin.read.lines.map(&:chomp)
n = lines.empty? ? 0 : lines[0].to_i
out = lines[1, n].to_a.map do |line|
  tokens = line.split
  build_query(tokens[1, 2 * tokens[0].to_i].each_slice(2).to_a)
end
puts out
