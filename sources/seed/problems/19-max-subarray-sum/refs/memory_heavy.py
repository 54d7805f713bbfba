import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
values = [int(x) for x in data[1:1 + n]]
prefix = [0]
for v in values:
    prefix.append(prefix[-1] + v)
best = values[0]
lowest = prefix[0]
for j in range(1, n + 1):
    best = max(best, prefix[j] - lowest)
    lowest = min(lowest, prefix[j])
print(best)
