import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
total = 0
for i in range(n):
    found = -1
    for j in range(i + 1, n):
        if a[j] > a[i]:
            found = a[j]
            break
    total += found
print(total)
