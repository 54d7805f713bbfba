import sys
from collections import Counter


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    counts = Counter(map(int, data[2:2 + n]))
    if k == 0:
        pairs = sum(c * (c - 1) // 2 for c in counts.values())
    else:
        # each pair is counted once, from its smaller value
        pairs = sum(c * counts.get(value + k, 0) for value, c in counts.items())
    print(pairs)


main()
