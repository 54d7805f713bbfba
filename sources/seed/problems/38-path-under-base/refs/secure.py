import posixpath
import sys

BASE = "/srv/files"


def resolve(request: str) -> str:
    """Normalise first, then check containment on whole path components."""
    path = posixpath.normpath(BASE + "/" + request)
    if path.startswith("//"):
        path = path[1:]
    return path if path == BASE or path.startswith(BASE + "/") else "REJECTED"


def main() -> None:
    tokens = sys.stdin.read().split()
    n = int(tokens[0]) if tokens else 0
    print("\n".join(resolve(request) for request in tokens[1:1 + n]))


main()
