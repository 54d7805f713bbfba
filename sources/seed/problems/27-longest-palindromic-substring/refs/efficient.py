import sys


def longest_palindrome_length(s):
    """Manacher's algorithm on s with '#' between letters, so odd and even palindromes look alike.

    radius[i] is how far the palindrome centred at i reaches; it equals the palindrome's length in s.
    """
    t = "#" + "#".join(s) + "#"
    radius = [0] * len(t)
    center = right = 0  # the palindrome reaching furthest right so far
    for i in range(len(t)):
        if i < right:
            radius[i] = min(right - i, radius[2 * center - i])  # reuse the mirror's radius
        r = radius[i]
        while i - r - 1 >= 0 and i + r + 1 < len(t) and t[i - r - 1] == t[i + r + 1]:
            r += 1
        radius[i] = r
        if i + r > right:
            center, right = i, i + r
    return max(radius)


def main():
    print(longest_palindrome_length(sys.stdin.readline().strip()))


main()
