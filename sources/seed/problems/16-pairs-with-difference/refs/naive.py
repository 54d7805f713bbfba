import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    values = list(map(int, data[2:2 + n]))
    pairs = 0
    for i in range(n):
        x = values[i]
        for y in values[i + 1:]:
            if abs(x - y) == k:
                pairs += 1
    print(pairs)


main()
