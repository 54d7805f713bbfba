def like(db, user, comment):
    text = "insert into likes values(%s, %s);"
    return db.insert(text, [user, comment])
