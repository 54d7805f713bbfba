import sys


def lcs_length(a, b):
    """Row-by-row dynamic programming: row[j] = LCS of the current prefix of a and b[:j]."""
    previous = [0] * (len(b) + 1)
    for char_a in a:
        current = [0] * (len(b) + 1)
        for j, char_b in enumerate(b, 1):
            if char_a == char_b:
                current[j] = previous[j - 1] + 1
            else:
                left, up = current[j - 1], previous[j]
                current[j] = left if left > up else up
        previous = current  # only the previous row is ever needed
    return previous[-1]


def main():
    a, b = sys.stdin.read().split()[:2]
    print(lcs_length(a, b))


main()
