import sys


def build_sparse_table(values):
    """table[k][i] = min(values[i : i + 2**k])."""
    table = [values]
    width = 1
    while 2 * width <= len(values):
        previous = table[-1]
        table.append([min(previous[i], previous[i + width]) for i in range(len(values) - 2 * width + 1)])
        width *= 2
    return table


def range_min(table, left, right):
    """Minimum of values[left..right] (0-based, inclusive) from two overlapping power-of-two windows."""
    k = (right - left + 1).bit_length() - 1
    return min(table[k][left], table[k][right - (1 << k) + 1])


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    table = build_sparse_table([int(x) for x in data[2:2 + n]])
    queries = data[2 + n:2 + n + 2 * q]
    total = 0
    for i in range(q):
        total += range_min(table, int(queries[2 * i]) - 1, int(queries[2 * i + 1]) - 1)
    print(total)


main()
