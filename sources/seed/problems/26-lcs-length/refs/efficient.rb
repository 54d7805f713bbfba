# Row-by-row dynamic programming: row[j] = LCS of the current prefix of a and b[0, j].
def lcs_length(a, b)
  previous = Array.new(b.length + 1, 0)
  a.each_char do |char_a|
    current = Array.new(b.length + 1, 0)
    j = 1
    b.each_char do |char_b|
      current[j] = if char_a == char_b
                     previous[j - 1] + 1
                   else
                     current[j - 1] > previous[j] ? current[j - 1] : previous[j]
                   end
      j += 1
    end
    previous = current # only the previous row is ever needed
  end
  previous[-1]
end

a, b = STDIN.read.split
puts lcs_length(a, b)
