import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = sorted(map(int, data[1:1 + n]))
    total = 0
    prefix = 0
    for position, value in enumerate(values):
        # value is at least every earlier (smaller) value in sorted order
        total += value * position - prefix
        prefix += value
    print(total)


main()
