def item(author, text):
    return "<li><b>%s</b>: %s</li>" % (author, text)


def heading(title):
    return "<h1>%s</h1>" % title


def paragraph(body):
    return "<p>" + body


def tag(label):
    return f"<li class=tag>{label}</li>"


def link(url, label):
    return f"<a href='{url}'>{label}</a>"
