MOD = 1_000_000_007
data = STDIN.read.split.map(&:to_i)
n, amount = data[0], data[1]
ways = [1] + [0] * amount # ways[s]: ways to pay s with the denominations seen so far
data[2, n].each do |coin|
  (coin..amount).each { |s| ways[s] = (ways[s] + ways[s - coin]) % MOD }
end
puts ways[amount]
