"""Count the pairs i < j with a[i] > a[j]."""
import sys

MAX_VALUE = 1_000_000


class FenwickTree:
    """Prefix counts over the values 1..size, each update and query in O(log size)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.counts = [0] * (size + 1)

    def add_one(self, value: int) -> None:
        while value <= self.size:
            self.counts[value] += 1
            value += value & -value

    def count_at_most(self, value: int) -> int:
        total = 0
        while value > 0:
            total += self.counts[value]
            value -= value & -value
        return total


def count_inversions(sequence: list[int]) -> int:
    """Each value forms an inversion with every earlier value that is larger."""
    seen = FenwickTree(MAX_VALUE)
    inversions = 0
    for seen_so_far, value in enumerate(sequence):
        inversions += seen_so_far - seen.count_at_most(value)
        seen.add_one(value)
    return inversions


def main() -> None:
    tokens = sys.stdin.buffer.read().split()
    count = int(tokens[0])
    print(count_inversions([int(token) for token in tokens[1:1 + count]]))


if __name__ == "__main__":
    main()
