STDIN.gets
values = []
counts = []
STDIN.each_line do |line|
  value = line.to_i
  index = values.index(value) # linear scan of everything seen so far
  if index
    counts[index] += 1
  else
    values << value
    counts << 1
  end
end
best = 0
(1...values.size).each do |i|
  best = i if counts[i] > counts[best] || (counts[i] == counts[best] && values[i] < values[best])
end
puts "#{values[best]} #{counts[best]}"
