# Drop letters from the end of prefix until line starts with it.
def shrink_to_common_prefix(prefix, line)
  prefix = prefix[0...-1] until line.start_with?(prefix)
  prefix
end

n = STDIN.gets.to_i
prefix = STDIN.gets.chomp
# the strings are streamed: only the current candidate prefix is kept
(n - 1).times { prefix = shrink_to_common_prefix(prefix, STDIN.gets.chomp) }
puts prefix.length
