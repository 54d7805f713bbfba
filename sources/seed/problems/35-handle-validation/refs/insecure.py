import re
import sys

HANDLE = re.compile(r"^([a-z0-9]+[.-]?)*[a-z0-9]$")


def main() -> None:
    lines = sys.stdin.read().split()
    n = int(lines[0]) if lines else 0
    print("\n".join("OK" if HANDLE.match(handle) else "BAD" for handle in lines[1:1 + n]))


main()
