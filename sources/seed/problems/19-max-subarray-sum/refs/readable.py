# Readable reference: Kadane's scan with named steps and comments (same algorithm as efficient).
import sys


def max_subarray_sum(values):
    """Kadane's scan: the best run ending here either extends the previous one or starts afresh."""
    best = None
    ending_here = 0
    for value in values:
        ending_here = max(value, ending_here + value)
        if best is None or ending_here > best:
            best = ending_here
    return best


def main():
    lines = sys.stdin.buffer
    lines.readline()  # n: the values are streamed to the end of the input
    print(max_subarray_sum(map(int, lines)))


main()
