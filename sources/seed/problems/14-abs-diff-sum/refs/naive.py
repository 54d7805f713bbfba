import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = list(map(int, data[1:1 + n]))
    total = 0
    for i in range(n):
        x = values[i]
        for y in values[i + 1:]:
            total += abs(x - y)
    print(total)


main()
