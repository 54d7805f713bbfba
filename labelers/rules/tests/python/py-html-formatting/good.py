import html
def item(author, text):
    return "<li><b>%s</b>: %s</li>" % (html.escape(author), html.escape(text))
