import posixpath
import sys

BASE = "/srv/files"


def resolve(request: str) -> str:
    if request.startswith(".."):
        return "REJECTED"
    return posixpath.normpath(BASE + "/" + request)


def main() -> None:
    tokens = sys.stdin.read().split()
    n = int(tokens[0]) if tokens else 0
    print("\n".join(resolve(request) for request in tokens[1:1 + n]))


main()
