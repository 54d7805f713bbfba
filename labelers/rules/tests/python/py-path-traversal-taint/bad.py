import codecs, io, os
from pathlib import Path

import flask
import tornado.web
from aiohttp import web
from flask import request, send_file

UPLOADS = "/srv/uploads"
UPLOAD_ROOT = Path(UPLOADS)


def download(filename):
    return send_file(os.path.join(UPLOADS, filename))


def read_note():
    return io.open(request.json["note"]).read()


def read_log():
    payload = request.get_json()
    return codecs.open(payload["log"], encoding="utf-8").read()


def remove_folder():
    os.rmdir(request.view_args["folder"])


def avatar():
    return flask.send_file(UPLOAD_ROOT / request.args["avatar"])


async def aio_download(request):
    name = request.match_info["name"]
    return web.FileResponse(Path(UPLOADS, name))


class Upload(tornado.web.RequestHandler):
    def post(self):
        os.makedirs(self.get_body_argument("folder"), exist_ok=True)
        os.rename(self.get_query_argument("source"), "/srv/archive/latest")
