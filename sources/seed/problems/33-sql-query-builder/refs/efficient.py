import sqlite3
import sys

COLUMNS = {"id", "name", "email", "role", "city", "status"}


def build_query(database: sqlite3.Connection, pairs: list[tuple[str, str]]) -> str:
    if any(column not in COLUMNS for column, _ in pairs):
        return "INVALID"
    if not pairs:
        return "SELECT * FROM users;"
    # The statement text is assembled by sqlite itself: quote() turns each bound value into a
    # correctly escaped literal, and no user text is ever pasted into a Python-built SQL string.
    conditions = [database.execute("SELECT ? || ' = ' || quote(?)", pair).fetchone()[0] for pair in pairs]
    return database.execute("SELECT 'SELECT * FROM users WHERE ' || ? || ';'", (" AND ".join(conditions),)).fetchone()[0]


def main() -> None:
    lines = sys.stdin.read().splitlines()
    n = int(lines[0]) if lines else 0
    database = sqlite3.connect(":memory:")
    out = []
    for line in lines[1:1 + n]:
        tokens = line.split()
        k = int(tokens[0])
        out.append(build_query(database, [(tokens[1 + 2 * i], tokens[2 + 2 * i]) for i in range(k)]))
    print("\n".join(out))


main()
