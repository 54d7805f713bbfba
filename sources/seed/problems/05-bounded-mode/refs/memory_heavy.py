import sys

data = sys.stdin.buffer.read().split()
readings = sorted(int(x) for x in data[1:1 + int(data[0])])
best, best_count = readings[0], 0
run_start = 0
for i in range(1, len(readings) + 1):
    if i == len(readings) or readings[i] != readings[run_start]:
        if i - run_start > best_count:
            best, best_count = readings[run_start], i - run_start
        run_start = i
print(best, best_count)
