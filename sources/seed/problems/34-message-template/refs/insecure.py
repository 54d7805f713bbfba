import sys


def main() -> None:
    lines = sys.stdin.read().splitlines()
    template = lines[0].rstrip("\r")
    n = int(lines[1])
    print("\n".join(template % tuple(line.split()) for line in lines[2:2 + n]))


main()
