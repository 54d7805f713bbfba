import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
total = 0
pos = 2 + n
for _ in range(q):
    left, right = int(data[pos]), int(data[pos + 1])
    pos += 2
    total += min(a[left - 1:right])  # scan the whole range
print(total)
