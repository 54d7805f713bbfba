WORD_CHARS = ('a'..'z').to_a + ('0'..'9').to_a

# One left-to-right pass: word characters, single separators, no separator at either end.
def valid_handle?(handle)
  previous_was_separator = true # a handle may not start with a separator
  handle.each_char do |char|
    if WORD_CHARS.include?(char)
      previous_was_separator = false
    elsif '.-'.include?(char) && !previous_was_separator
      previous_was_separator = true
    else
      return false
    end
  end
  !handle.empty? && !previous_was_separator
end

tokens = $stdin.read.split
n = tokens.empty? ? 0 : tokens[0].to_i
puts tokens[1, n].to_a.map { |handle| valid_handle?(handle) ? 'OK' : 'BAD' }
