FIELD_SIZE = 16

tokens = $stdin.read.split
n = tokens.empty? ? 0 : tokens[0].to_i
# The field keeps at most FIELD_SIZE - 1 bytes; the last byte is the terminator.
puts tokens[1, n].to_a.map { |name| name.byteslice(0, FIELD_SIZE - 1) }
