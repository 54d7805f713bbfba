import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
n = int(data[0])
tails = []  # tails[k] = smallest tail of an increasing subsequence of length k + 1
for token in data[1:1 + n]:
    x = int(token)
    k = bisect_left(tails, x)
    if k == len(tails):
        tails.append(x)
    else:
        tails[k] = x
print(len(tails))
