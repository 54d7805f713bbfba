import html

cond = f"{column} = ?"


def link(url):
    # an HTML attribute between quotes is not SQL
    return f"<a href='{html.escape(url)}'>home</a>"


def last_match(db, scene):
    # a named placeholder the driver fills from the args dict: nothing is pasted into the text
    sql = "select date from matches where scene='{scene}' order by date desc limit 1;"
    return db.exec(sql, {"scene": scene})


def page(user):
    return f"""
        <div class="user">
          <a href='{html.escape(user.url)}'>profile</a>
        </div>"""
