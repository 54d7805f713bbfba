import sys

FIELD_SIZE = 16


def store(name: str) -> bytes:
    """The field keeps at most FIELD_SIZE - 1 bytes; the last byte is the terminator."""
    return name.encode("ascii")[:FIELD_SIZE - 1]


def main() -> None:
    tokens = sys.stdin.read().split()
    n = int(tokens[0]) if tokens else 0
    print("\n".join(store(name).decode("ascii") for name in tokens[1:1 + n]))


main()
