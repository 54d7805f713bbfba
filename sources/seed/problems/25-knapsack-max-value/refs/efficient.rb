# best[c] = best value within capacity c; walk c downwards so each item is used at most once.
def best_value(items, capacity)
  best = Array.new(capacity + 1, 0)
  items.each do |weight, value|
    c = capacity
    while c >= weight
      candidate = best[c - weight] + value
      best[c] = candidate if candidate > best[c]
      c -= 1
    end
  end
  best[capacity]
end

data = STDIN.read.split.map(&:to_i)
n, capacity = data[0], data[1]
items = (0...n).map { |i| [data[2 + 2 * i], data[3 + 2 * i]] }
puts best_value(items, capacity)
