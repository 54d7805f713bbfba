import sys


def main():
    lines = sys.stdin.buffer
    n = int(lines.readline() or 0)
    # stream the values into a set: memory grows with the number of distinct values only
    distinct = set(map(int, lines))
    print(len(distinct) if n else 0)


main()
