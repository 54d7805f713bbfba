import sys


def main() -> None:
    tokens = sys.stdin.read().split()
    m = int(tokens[0])
    secrets = {tokens[1 + 2 * i]: tokens[2 + 2 * i] for i in range(m)}
    n = int(tokens[1 + 2 * m])
    start = 2 + 2 * m
    accepted = 0
    for i in range(n):
        secret = secrets.get(tokens[start + 2 * i])
        if secret is not None and secret == tokens[start + 2 * i + 1]:
            accepted += 1
    print(accepted, n - accepted)


main()
