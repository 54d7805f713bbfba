import os

from flask import send_file
from werkzeug.utils import secure_filename

UPLOADS = "/srv/uploads"


def download(filename):
    return send_file(os.path.join(UPLOADS, secure_filename(filename)))
