# Readable reference: the streaming prefix match with named steps and comments (same algorithm as efficient).
import sys


def shrink_to_common_prefix(prefix, line):
    """Drop letters from the end of prefix until line starts with it."""
    while not line.startswith(prefix):
        prefix = prefix[:-1]
    return prefix


def main():
    lines = sys.stdin.buffer
    n = int(lines.readline())
    prefix = lines.readline().rstrip(b"\r\n")
    # the strings are streamed: only the current candidate prefix is kept
    for _ in range(n - 1):
        prefix = shrink_to_common_prefix(prefix, lines.readline().rstrip(b"\r\n"))
    print(len(prefix))


main()
