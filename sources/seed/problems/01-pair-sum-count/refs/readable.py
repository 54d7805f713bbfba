"""Count the index pairs i < j whose values add up to the target."""
import sys
from collections import Counter


def read_input() -> tuple[int, list[int]]:
    tokens = sys.stdin.buffer.read().split()
    count, target = int(tokens[0]), int(tokens[1])
    values = [int(token) for token in tokens[2:2 + count]]
    return target, values


def count_pairs_with_sum(values: list[int], target: int) -> int:
    """Each value pairs with every earlier value equal to its complement."""
    seen_so_far = Counter()
    pairs = 0
    for value in values:
        pairs += seen_so_far[target - value]
        seen_so_far[value] += 1
    return pairs


def main() -> None:
    target, values = read_input()
    print(count_pairs_with_sum(values, target))


if __name__ == "__main__":
    main()
