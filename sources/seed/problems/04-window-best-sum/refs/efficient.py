import sys

stream = sys.stdin.buffer
n, k = map(int, stream.readline().split())
window = [0] * k  # ring buffer of the last k readings
total = 0
best = None
for i, line in enumerate(stream):
    value = int(line)
    slot = i % k
    total += value - window[slot]
    window[slot] = value
    if i >= k - 1 and (best is None or total > best):
        best = total
print(best)
