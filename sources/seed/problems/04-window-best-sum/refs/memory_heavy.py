import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
readings = [int(x) for x in data[2:2 + n]]
prefix = [0]
for value in readings:
    prefix.append(prefix[-1] + value)
print(max(prefix[i + k] - prefix[i] for i in range(n - k + 1)))
