import sys


def closest_difference(values):
    """After sorting, the closest pair of values sits next to each other."""
    ordered = sorted(values)
    return min(b - a for a, b in zip(ordered, ordered[1:]))


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print(closest_difference([int(x) for x in data[1:1 + n]]))


main()
