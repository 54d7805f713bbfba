import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, limit = int(data[0]), int(data[1])
    values = list(map(int, data[2:2 + n]))
    pairs = 0
    for i in range(n):
        x = values[i]
        for y in values[i + 1:]:
            if x + y <= limit:
                pairs += 1
    print(pairs)


main()
