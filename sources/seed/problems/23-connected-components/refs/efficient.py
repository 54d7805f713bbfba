import sys


class DisjointSets:
    """Union-find with path halving and union by size."""

    def __init__(self, size):
        self.parent = list(range(size))
        self.size = [1] * size
        self.count = size

    def find(self, v):
        while self.parent[v] != v:
            self.parent[v] = self.parent[self.parent[v]]  # path halving
            v = self.parent[v]
        return v

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a == b:
            return
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a  # hang the smaller tree under the larger one
        self.size[a] += self.size[b]
        self.count -= 1


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    sets = DisjointSets(n + 1)
    for i in range(m):
        sets.union(int(data[2 + 2 * i]), int(data[3 + 2 * i]))
    print(sets.count - 1)  # vertex 0 is unused


main()
