import sys

stream = sys.stdin.buffer
stream.readline()
counts = {}  # only the readings seen, never the whole log
for line in stream:
    value = int(line)
    counts[value] = counts.get(value, 0) + 1
best = min(counts, key=lambda value: (-counts[value], value))
print(best, counts[best])
