import os

from flask import send_file

UPLOADS = "/srv/uploads"


def download(filename):
    return send_file(os.path.join(UPLOADS, filename))
