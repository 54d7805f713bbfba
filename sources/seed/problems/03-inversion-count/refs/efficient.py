import sys

MAX_VALUE = 1_000_000
data = sys.stdin.buffer.read().split()
n = int(data[0])
tree = [0] * (MAX_VALUE + 1)  # Fenwick tree: how many values seen so far are <= v
inversions = 0
for seen, token in enumerate(data[1:1 + n]):
    v = int(token)
    i, not_greater = v, 0
    while i > 0:
        not_greater += tree[i]
        i -= i & -i
    inversions += seen - not_greater
    i = v
    while i <= MAX_VALUE:
        tree[i] += 1
        i += i & -i
print(inversions)
