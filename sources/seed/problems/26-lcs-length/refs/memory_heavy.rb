a, b = STDIN.read.split
n = a.length
m = b.length
table = Array.new(n + 1) { Array.new(m + 1, 0) }
(1..n).each do |i|
  (1..m).each do |j|
    table[i][j] = if a[i - 1] == b[j - 1]
                    table[i - 1][j - 1] + 1
                  else
                    [table[i - 1][j], table[i][j - 1]].max
                  end
  end
end
puts table[n][m]
