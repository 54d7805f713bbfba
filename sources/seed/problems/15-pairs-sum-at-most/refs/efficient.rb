data = STDIN.read.split.map(&:to_i)
n, limit = data[0], data[1]
values = data[2, n].sort
pairs = 0
low = 0
high = n - 1
while low < high
  if values[low] + values[high] <= limit
    # values[low] pairs with every value from low+1 to high
    pairs += high - low
    low += 1
  else
    high -= 1
  end
end
puts pairs
