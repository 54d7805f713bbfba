cond = f"{column} = '{value}'"


def last_match(db, scene):
    sql = "select date from matches where scene='{}' order by date desc limit 1;".format(scene)
    return db.exec(sql)


def by_name(cur, name):
    cur.execute("SELECT id FROM users WHERE name = '%s'" % name)


async def user_of(cur, token):
    query = f"""
        SELECT id FROM tokens
        WHERE token = '{token}'"""
    await cur.execute(query)


def count_visit(cursor, browsers, short_url):
    sql = "UPDATE urls SET CHROME = CHROME + {chrome} WHERE S_URL = '{surl}';".\
        format(chrome=browsers['chrome'], surl=short_url)
    cursor.execute(sql)
