import sys

data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
pairs = 0
for i in range(n):
    # scan every later element for the partner value
    pairs += a[i + 1:].count(t - a[i])
print(pairs)
