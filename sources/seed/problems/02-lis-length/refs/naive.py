import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
best = []  # best[i] = longest increasing subsequence ending at i
for i in range(n):
    v = a[i]
    best.append(1 + max((b for x, b in zip(a, best) if x < v), default=0))
print(max(best, default=0))
