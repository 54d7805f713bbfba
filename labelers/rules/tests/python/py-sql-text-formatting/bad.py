def count(db, table_id):
    text = "SELECT COUNT(*) FROM likes WHERE id = %d" % table_id
    return db.count(text)


def search(db, term, column):
    where = " WHERE title LIKE '%%%s%%'" % term
    order = " ORDER BY " + column
    return db.select("posts", where, order)


def page(db, offset):
    return db.select("posts", f" LIMIT 20 OFFSET {offset}")


def rename(db, title, post_id):
    return db.run("UPDATE posts SET title = '{}' WHERE id = {}".format(title, post_id))
