import sys


def main() -> None:
    lines = sys.stdin.read().splitlines()
    n = int(lines[0]) if lines else 0
    print("\n".join(str(eval(line.strip())) for line in lines[1:1 + n]))


main()
