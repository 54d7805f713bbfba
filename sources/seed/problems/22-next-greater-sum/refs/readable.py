# Readable reference: the monotonic stack with named steps and comments (same algorithm as efficient).
import sys


def next_greater_sum(values):
    """Scan from the right keeping a stack of candidates that are strictly decreasing from bottom to top."""
    candidates = []
    total = 0
    for value in reversed(values):
        while candidates and candidates[-1] <= value:
            candidates.pop()  # hidden behind value for every position further left
        total += candidates[-1] if candidates else -1
        candidates.append(value)
    return total


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print(next_greater_sum([int(x) for x in data[1:1 + n]]))


main()
