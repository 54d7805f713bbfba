import sqlite3, sys
import pandas as pd
conn = sqlite3.connect(":memory:")
name = sys.stdin.readline().strip()
rows = conn.execute("SELECT id FROM users WHERE name = '%s'" % name).fetchall()
query = f"DELETE FROM users WHERE name = '{name}'"
conn.execute(query)
frame = pd.read_sql("SELECT * FROM orders WHERE customer = '%s'" % name, conn)


def search(conn, name, city):
    query = "SELECT id FROM users WHERE 1 = 1"
    query += " AND name = '%s'" % name
    return conn.execute(query).fetchall()


def by_city(conn, city):
    query = "SELECT id FROM users WHERE 1 = 1"
    query += " AND city = '{}'".format(city)
    return conn.execute(query).fetchall()


def by_role(conn, role):
    query = "SELECT id FROM users WHERE 1 = 1"
    query += f" AND role = '{role}'"
    return conn.execute(query).fetchall()


def sorted_by(conn, column):
    query = "SELECT id FROM users"
    query += " ORDER BY " + column
    return conn.execute(query).fetchall()


def purge(engine, table):
    with engine.connect() as connection:
        connection.exec_driver_sql("DELETE FROM " + table)


async def find(pool, name):
    return await pool.fetchrow(f"SELECT id FROM users WHERE name = '{name}'")
