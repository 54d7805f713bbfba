cond = f"{column} = '{value}'"


def last_match(db, scene):
    sql = "select date from matches where scene='{}' order by date desc limit 1;".format(scene)
    return db.exec(sql)


def by_name(cur, name):
    cur.execute("SELECT id FROM users WHERE name = '%s'" % name)
