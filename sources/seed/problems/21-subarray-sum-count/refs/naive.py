import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
prefix = [0]
for x in data[2:2 + n]:
    prefix.append(prefix[-1] + int(x))
count = 0
for j in range(1, n + 1):
    # every earlier prefix equal to prefix[j] - k starts a matching subarray; scan them all
    count += prefix[:j].count(prefix[j] - k)
print(count)
