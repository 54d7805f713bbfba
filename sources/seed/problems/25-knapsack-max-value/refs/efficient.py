import sys


def best_value(items, capacity):
    """best[c] = best value within capacity c; walk c downwards so each item is used at most once."""
    best = [0] * (capacity + 1)
    for weight, value in items:
        for c in range(capacity, weight - 1, -1):
            candidate = best[c - weight] + value
            if candidate > best[c]:
                best[c] = candidate
    return best[capacity]


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, capacity = data[0], data[1]
    items = [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(n)]
    print(best_value(items, capacity))


main()
