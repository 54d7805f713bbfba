import sys

stream = sys.stdin.buffer
n, k = map(int, stream.readline().split())
window = [0] * k  # ring buffer of the last k values
counts = {}  # how often each value occurs in the current window
total = 0
for i, line in enumerate(stream):
    value = int(line)
    slot = i % k
    if i >= k:
        leaving = window[slot]
        counts[leaving] -= 1
        if counts[leaving] == 0:
            del counts[leaving]
    window[slot] = value
    counts[value] = counts.get(value, 0) + 1
    if i >= k - 1:
        total += len(counts)
print(total)
