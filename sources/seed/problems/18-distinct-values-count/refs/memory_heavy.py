import sys

data = sys.stdin.buffer.read().split()
n = int(data[0]) if data else 0
values = sorted(int(x) for x in data[1:1 + n])
count = 0
for i, value in enumerate(values):
    if i == 0 or value != values[i - 1]:
        count += 1
print(count)
