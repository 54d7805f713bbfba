import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
label = list(range(n + 1))
changed = True
while changed:  # push the smallest label across every edge until nothing changes
    changed = False
    for u, v in edges:
        if label[u] < label[v]:
            label[v] = label[u]
            changed = True
        elif label[v] < label[u]:
            label[u] = label[v]
            changed = True
print(sum(1 for v in range(1, n + 1) if label[v] == v))
