n, k = STDIN.gets.split.map(&:to_i)
indices = [] # indices with decreasing values: the window's possible maxima (at most k)
values = []
total = 0
i = 0
STDIN.each_line do |line|
  value = line.to_i
  if !indices.empty? && indices[0] <= i - k
    indices.shift
    values.shift
  end
  while !values.empty? && values[-1] <= value
    indices.pop
    values.pop
  end
  indices << i
  values << value
  total += values[0] if i >= k - 1
  i += 1
end
puts total
