import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
inversions = 0
for j in range(n):
    v = a[j]
    inversions += sum(1 for x in a[:j] if x > v)
print(inversions)
