import sys

lines = sys.stdin.buffer
lines.readline()
values = []
counts = []
for line in lines:
    value = int(line)
    try:
        counts[values.index(value)] += 1  # linear scan of everything seen so far
    except ValueError:
        values.append(value)
        counts.append(1)
best = 0
for i in range(1, len(values)):
    if counts[i] > counts[best] or (counts[i] == counts[best] and values[i] < values[best]):
        best = i
print(values[best], counts[best])
