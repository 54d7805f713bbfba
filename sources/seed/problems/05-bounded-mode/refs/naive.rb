data = STDIN.read.split.map(&:to_i)
readings = data[1, data[0]]
best = 0
best_count = 0
(0..readings.max).each do |value|
  occurrences = readings.count(value)
  if occurrences > best_count
    best = value
    best_count = occurrences
  end
end
puts "#{best} #{best_count}"
