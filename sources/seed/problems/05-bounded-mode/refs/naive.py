import sys

data = sys.stdin.buffer.read().split()
readings = [int(x) for x in data[1:1 + int(data[0])]]
best, best_count = 0, 0
for value in range(max(readings) + 1):
    occurrences = readings.count(value)
    if occurrences > best_count:
        best, best_count = value, occurrences
print(best, best_count)
