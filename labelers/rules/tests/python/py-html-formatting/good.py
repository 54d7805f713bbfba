import html
def item(author, text):
    return "<li><b>%s</b>: %s</li>" % (html.escape(author), html.escape(text))


def heading(title):
    return "<h1>%s</h1>" % html.escape(title)


def paragraph(body):
    return "<p>" + html.escape(body)


def counter(count):
    return "<span>%d</span>" % int(count)


def link(label):
    return f"<b>{html.escape(label)}</b>"


def link(url, label):
    return f"<a href='{html.escape(url)}'>{html.escape(label)}</a>"
