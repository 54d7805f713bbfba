import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
values = [int(x) for x in data[2:2 + n]]
for _ in range(k - 1):
    values.remove(min(values))
print(min(values))
