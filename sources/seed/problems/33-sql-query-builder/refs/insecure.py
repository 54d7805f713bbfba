import sys


def main() -> None:
    lines = sys.stdin.read().splitlines()
    n = int(lines[0]) if lines else 0
    out = []
    for line in lines[1:1 + n]:
        tokens = line.split()
        k = int(tokens[0])
        if k == 0:
            out.append("SELECT * FROM users;")
            continue
        conditions = " AND ".join(f"{tokens[1 + 2 * i]} = '{tokens[2 + 2 * i]}'" for i in range(k))
        out.append(f"SELECT * FROM users WHERE {conditions};")
    print("\n".join(out))


main()
