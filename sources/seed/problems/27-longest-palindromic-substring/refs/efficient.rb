# Manacher's algorithm on s with '#' between letters, so odd and even palindromes look alike.
# radius[i] is how far the palindrome centred at i reaches; it equals the palindrome's length in s.
def longest_palindrome_length(s)
  t = "##{s.chars.join('#')}#".bytes
  radius = Array.new(t.length, 0)
  center = right = 0 # the palindrome reaching furthest right so far
  t.length.times do |i|
    r = i < right ? [right - i, radius[2 * center - i]].min : 0 # reuse the mirror's radius
    r += 1 while i - r - 1 >= 0 && i + r + 1 < t.length && t[i - r - 1] == t[i + r + 1]
    radius[i] = r
    if i + r > right
      center = i
      right = i + r
    end
  end
  radius.max
end

puts longest_palindrome_length(STDIN.gets.strip)
