import sys
from collections import Counter


def main():
    lines = sys.stdin.buffer
    lines.readline()  # n: the values are simply streamed to the end
    # memory grows with the number of distinct values only
    counts = Counter(map(int, lines))
    value, count = min(counts.items(), key=lambda item: (-item[1], item[0]))
    print(value, count)


main()
