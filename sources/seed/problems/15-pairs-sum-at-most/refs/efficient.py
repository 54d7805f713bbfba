import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, limit = int(data[0]), int(data[1])
    values = sorted(map(int, data[2:2 + n]))
    pairs = 0
    low, high = 0, n - 1
    while low < high:
        if values[low] + values[high] <= limit:
            # values[low] pairs with every value from low+1 to high
            pairs += high - low
            low += 1
        else:
            high -= 1
    print(pairs)


main()
