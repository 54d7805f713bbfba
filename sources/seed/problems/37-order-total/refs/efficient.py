import sys

INT64_MAX = 2**63 - 1


def main() -> None:
    tokens = sys.stdin.buffer.read().split()
    n = int(tokens[0]) if tokens else 0
    quantities = map(int, tokens[1:1 + 2 * n:2])
    prices = map(int, tokens[2:2 + 2 * n:2])
    # Python integers do not wrap, so the bound is checked once on the exact sum.
    total = sum(q * p for q, p in zip(quantities, prices))
    print("OVERFLOW" if total > INT64_MAX else total)


main()
