data = STDIN.read.split.map(&:to_i)
distinct = []
data[1, data[0]].each { |value| distinct << value unless distinct.include?(value) }
puts distinct.size
