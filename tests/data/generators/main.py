import sys


def above(v, k):
    return v > k


def count_big(values, k):
    """Count and sum the values above k."""
    count = 0
    total = 0
    for i in range(len(values)):
        # only values strictly above the threshold
        if above(values[i], k):
            count += 1
            total = total + values[i]
    return count, total


def main():
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    values = [int(x) for x in data[2:2 + n]]
    count, total = count_big(values, k)
    print(f"{count} {total}")


main()
