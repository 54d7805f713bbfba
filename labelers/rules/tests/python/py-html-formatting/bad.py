def item(author, text):
    return "<li><b>%s</b>: %s</li>" % (author, text)
