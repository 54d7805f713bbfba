import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
values = [int(x) for x in data[2:2 + n]]
maxima = []
candidates = deque()
for i, value in enumerate(values):
    if candidates and candidates[0] <= i - k:
        candidates.popleft()
    while candidates and values[candidates[-1]] <= value:
        candidates.pop()
    candidates.append(i)
    if i >= k - 1:
        maxima.append(values[candidates[0]])
print(sum(maxima))
