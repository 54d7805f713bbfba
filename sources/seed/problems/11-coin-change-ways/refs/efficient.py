import sys

MOD = 1_000_000_007
data = sys.stdin.read().split()
n, amount = int(data[0]), int(data[1])
ways = [1] + [0] * amount  # ways[s]: ways to pay s with the denominations seen so far
for coin in map(int, data[2:2 + n]):
    for s in range(coin, amount + 1):
        ways[s] = (ways[s] + ways[s - coin]) % MOD
print(ways[amount])
