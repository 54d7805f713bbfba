import sys
from collections import deque

stream = sys.stdin.buffer
n, k = map(int, stream.readline().split())
candidates = deque()  # (index, value) with decreasing values: the window's possible maxima
total = 0
for i, line in enumerate(stream):
    value = int(line)
    if candidates and candidates[0][0] <= i - k:
        candidates.popleft()
    while candidates and candidates[-1][1] <= value:
        candidates.pop()
    candidates.append((i, value))
    if i >= k - 1:
        total += candidates[0][1]
print(total)
