import sys

data = sys.stdin.buffer.read().split()
readings = sorted(int(x) for x in data[1:1 + int(data[0])])
print(1 + sum(1 for i in range(1, len(readings)) if readings[i] != readings[i - 1]))
