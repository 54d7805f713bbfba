import sqlite3, sys
conn = sqlite3.connect(":memory:")
name = sys.stdin.readline().strip()
rows = conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchall()
count = conn.execute(f"SELECT count(*) FROM users WHERE name = ?", (name,)).fetchone()  # constant f-string
