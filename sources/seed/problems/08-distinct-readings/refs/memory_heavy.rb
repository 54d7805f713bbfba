data = STDIN.read.split.map(&:to_i)
readings = data[1, data[0]].sort
puts 1 + (1...readings.size).count { |i| readings[i] != readings[i - 1] }
