import posixpath
def resolve(request):
    path = posixpath.normpath("/srv/" + request)
    return path if path.startswith("/srv/") else None
