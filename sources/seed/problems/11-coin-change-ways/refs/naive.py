import sys

MOD = 1_000_000_007
data = sys.stdin.read().split()
n, amount = int(data[0]), int(data[1])
ways = [1] + [0] * amount
for coin in map(int, data[2:2 + n]):
    # use the coin k times for every possible k
    ways = [sum(ways[s - k * coin] for k in range(s // coin + 1)) % MOD for s in range(amount + 1)]
print(ways[amount])
