data = STDIN.read.split.map(&:to_i)
values = data[1, data[0]].sort
best_value = values[0]
best_count = 0
run = 0
values.each_with_index do |v, i|
  run = i > 0 && v == values[i - 1] ? run + 1 : 1
  if run > best_count
    best_value = v
    best_count = run
  end
end
puts "#{best_value} #{best_count}"
