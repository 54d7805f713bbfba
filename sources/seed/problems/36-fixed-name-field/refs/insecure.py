import ctypes
import sys

FIELD_SIZE = 16


def main() -> None:
    tokens = sys.stdin.read().split()
    n = int(tokens[0]) if tokens else 0
    out = []
    for name in tokens[1:1 + n]:
        field = ctypes.create_string_buffer(FIELD_SIZE)
        data = name.encode("ascii")
        ctypes.memmove(field, data, len(data))
        out.append(field.value.decode("ascii"))
    print("\n".join(out))


main()
