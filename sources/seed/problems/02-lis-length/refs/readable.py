"""Length of the longest strictly increasing subsequence."""
import sys
from bisect import bisect_left


def read_sequence() -> list[int]:
    tokens = sys.stdin.buffer.read().split()
    count = int(tokens[0])
    return [int(token) for token in tokens[1:1 + count]]


def longest_increasing_length(sequence: list[int]) -> int:
    """Patience sorting: smallest_tail[k] is the smallest last element of an increasing run of length k + 1."""
    smallest_tail: list[int] = []
    for value in sequence:
        position = bisect_left(smallest_tail, value)
        if position == len(smallest_tail):
            smallest_tail.append(value)
        else:
            smallest_tail[position] = value
    return len(smallest_tail)


if __name__ == "__main__":
    print(longest_increasing_length(read_sequence()))
