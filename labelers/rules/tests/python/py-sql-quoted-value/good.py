import html

cond = f"{column} = ?"


def link(url):
    # an HTML attribute between quotes is not SQL
    return f"<a href='{html.escape(url)}'>home</a>"
