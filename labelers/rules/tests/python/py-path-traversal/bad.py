import os, sys
BASE = "/srv/files"
def read(name):
    path = os.path.join(BASE, name)
    with open(path) as handle:
        return handle.read()
