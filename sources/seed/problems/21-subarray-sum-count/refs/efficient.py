import sys
from collections import defaultdict


def count_subarrays_with_sum(values, target):
    """A subarray (i, j] sums to target exactly when prefix[j] - prefix[i] == target."""
    seen_prefix_counts = defaultdict(int)
    seen_prefix_counts[0] = 1  # the empty prefix
    prefix = 0
    matches = 0
    for value in values:
        prefix += value
        matches += seen_prefix_counts[prefix - target]
        seen_prefix_counts[prefix] += 1
    return matches


def main():
    tokens = sys.stdin.buffer.read().split()
    n, target = int(tokens[0]), int(tokens[1])
    values = map(int, tokens[2:2 + n])
    print(count_subarrays_with_sum(values, target))


main()
