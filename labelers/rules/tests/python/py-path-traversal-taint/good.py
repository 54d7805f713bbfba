import codecs, io, os
from pathlib import Path

import flask
import tornado.web
from aiohttp import web
from django.utils.text import get_valid_filename, slugify
from flask import request, send_file
from werkzeug.utils import secure_filename

UPLOADS = "/srv/uploads"
UPLOAD_ROOT = Path(UPLOADS)


def download(filename):
    return send_file(os.path.join(UPLOADS, secure_filename(filename)))


def read_note():
    return io.open(os.path.join(UPLOADS, secure_filename(request.json["note"]))).read()


def read_log():
    payload = request.get_json()
    return codecs.open(os.path.join(UPLOADS, os.path.basename(payload["log"])), encoding="utf-8").read()


def avatar():
    return flask.send_file(UPLOAD_ROOT / get_valid_filename(request.args["avatar"]))


async def aio_download(request):
    name = slugify(request.match_info["name"])
    return web.FileResponse(Path(UPLOADS, name))


class Upload(tornado.web.RequestHandler):
    def post(self):
        os.makedirs(os.path.join(UPLOADS, secure_filename(self.get_body_argument("folder"))), exist_ok=True)
