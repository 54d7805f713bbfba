data = STDIN.read.split.map(&:to_i)
N, CAPACITY = data[0], data[1]
WEIGHTS = (0...N).map { |i| data[2 + 2 * i] }
VALUES = (0...N).map { |i| data[3 + 2 * i] }

# try both leaving item i out and putting it in
def best(i, room)
  return 0 if i == N
  result = best(i + 1, room)
  if WEIGHTS[i] <= room
    with_item = VALUES[i] + best(i + 1, room - WEIGHTS[i])
    result = with_item if with_item > result
  end
  result
end

puts best(0, CAPACITY)
