import os, sys
BASE = "/srv/files"
def read(name):
    path = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([path, BASE]) != BASE:
        raise ValueError("outside base")
    with open(path) as handle:
        return handle.read()
