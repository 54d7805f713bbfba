import sys


def main() -> None:
    lines = sys.stdin.read().split()
    n = int(lines[0]) if lines else 0
    sys.stdout.write("".join(f"Hello, {name}!\n" for name in lines[1:1 + n]))


main()
