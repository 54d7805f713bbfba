# table[k][i] = min(values[i, 2**k])
def build_sparse_table(values)
  table = [values]
  width = 1
  while 2 * width <= values.length
    previous = table[-1]
    table << (0..(values.length - 2 * width)).map { |i| [previous[i], previous[i + width]].min }
    width *= 2
  end
  table
end

# Minimum of values[left..right] (0-based, inclusive) from two overlapping power-of-two windows.
def range_min(table, left, right)
  k = (right - left + 1).bit_length - 1
  a = table[k][left]
  b = table[k][right - (1 << k) + 1]
  a < b ? a : b
end

data = STDIN.read.split.map(&:to_i)
n, q = data[0], data[1]
table = build_sparse_table(data[2, n])
total = 0
pos = 2 + n
q.times do
  total += range_min(table, data[pos] - 1, data[pos + 1] - 1)
  pos += 2
end
puts total
