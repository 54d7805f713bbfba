MOD = 1_000_000_007
data = STDIN.read.split.map(&:to_i)
n, amount = data[0], data[1]
ways = [1] + [0] * amount
data[2, n].each do |coin|
  # use the coin k times for every possible k
  ways = (0..amount).map { |s| (0..(s / coin)).sum { |k| ways[s - k * coin] } % MOD }
end
puts ways[amount]
