data = STDIN.read.split.map(&:to_i)
readings = data[1, data[0]].sort
runs = readings.chunk_while { |a, b| a == b }.to_a
longest = runs.max_by { |run| [run.size, -run[0]] }
puts "#{longest[0]} #{longest.size}"
