import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
values = sorted(int(x) for x in data[1:1 + n])
best_value, best_count = values[0], 0
run = 0
for i, value in enumerate(values):
    run = run + 1 if i > 0 and value == values[i - 1] else 1
    if run > best_count:
        best_value, best_count = value, run
print(best_value, best_count)
