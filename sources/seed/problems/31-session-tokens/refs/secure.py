import secrets
import sys


def main() -> None:
    tokens = sys.stdin.read().split()
    n = int(tokens[0]) if tokens else 0
    sizes = [int(size) for size in tokens[2:2 + 2 * n:2]]
    issued = [secrets.token_hex(size) for size in sizes]
    print(len(issued), sum(len(token) for token in issued), len(set(issued)))


main()
