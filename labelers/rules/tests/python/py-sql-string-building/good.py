import sqlite3, sys
import pandas as pd
conn = sqlite3.connect(":memory:")
name = sys.stdin.readline().strip()
rows = conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchall()
count = conn.execute(f"SELECT count(*) FROM users WHERE name = ?", (name,)).fetchone()  # constant f-string
frame = pd.read_sql("SELECT * FROM orders WHERE customer = ?", conn, params=(name,))


def search(conn, name, city):
    query = "SELECT id FROM users WHERE 1 = 1"
    params = []
    if name:
        query += " AND name = ?"
        params.append(name)
    if city:
        query += " AND city = ?"
        params.append(city)
    return conn.execute(query, params).fetchall()


def purge(engine, table_id):
    with engine.connect() as connection:
        connection.exec_driver_sql("DELETE FROM sessions WHERE id = ?", (table_id,))


async def find(pool, name):
    return await pool.fetchrow("SELECT id FROM users WHERE name = $1", name)


def rename(conn, old, new):
    # one query text split over two lines and joined with +: a constant, every value bound
    conn.execute("UPDATE users SET name = ? " +
                 "WHERE name = ?", (new, old))
