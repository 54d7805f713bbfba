n = (STDIN.gets || '0').to_i
distinct = []
STDIN.each_line do |line|
  value = line.to_i
  distinct << value unless distinct.include?(value) # linear scan of everything seen so far
end
puts n.zero? ? 0 : distinct.size
