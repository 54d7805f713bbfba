data = STDIN.read.split.map(&:to_i)
n, q = data[0], data[1]
a = data[2, n]
answers = (0...q).map do |i|
  left, right = data[2 + n + 2 * i], data[3 + n + 2 * i]
  a[(left - 1)...right].sum
end
puts "#{answers.sum} #{answers.max}"
