def like(db, user, comment):
    text = "insert into likes values(%s, %s);"
    return db.insert(text, [user, comment])


def search(db, term):
    where = " WHERE title LIKE ?"
    return db.select("posts", where, ["%" + term + "%"])


def page(db, offset):
    return db.select("posts", " LIMIT 20 OFFSET ?", [offset])


def status_messages(n, sender, alt):
    # ordinary text that starts with a lower-case SQL word is not SQL
    return ["in %d seconds" % n, "from %s" % sender, "and %d more" % n, " or " + alt, "Limit reached: %d" % n]


def by_city(conn, city):
    # one query text split over two lines and joined with +: a constant, the value bound
    sql = ("SELECT id FROM users " +
           "WHERE city = ?")
    return conn.execute(sql, (city,)).fetchall()


def retry_note(n):
    # "with" opens a statement only as WITH name AS (
    return "with {} retries left".format(n)
