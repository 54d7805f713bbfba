import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
prefix = [0, *accumulate(int(x) for x in data[2:2 + n])]
total, best = 0, None
position = 2 + n
for _ in range(q):
    left, right = int(data[position]), int(data[position + 1])
    position += 2
    answer = prefix[right] - prefix[left - 1]
    total += answer
    if best is None or answer > best:
        best = answer
print(total, best)
