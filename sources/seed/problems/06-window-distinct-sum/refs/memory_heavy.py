import sys
from collections import Counter

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
values = [int(x) for x in data[2:2 + n]]
counts = Counter(values[:k])
distinct = [len(counts)]
for i in range(k, n):
    counts[values[i - k]] -= 1
    if counts[values[i - k]] == 0:
        del counts[values[i - k]]
    counts[values[i]] += 1
    distinct.append(len(counts))
print(sum(distinct))
