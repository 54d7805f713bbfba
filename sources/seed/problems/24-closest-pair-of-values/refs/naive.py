import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
best = abs(a[0] - a[1])
for i in range(n - 1):
    x = a[i]
    # compare a[i] with every later value
    best = min(best, min(map(abs, map(x.__sub__, a[i + 1:]))))
print(best)
