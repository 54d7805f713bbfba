def count(db, table_id):
    text = "SELECT COUNT(*) FROM likes WHERE id = %d" % table_id
    return db.count(text)
