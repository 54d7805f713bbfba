import tornado.web
from tornado import escape


class ErrorLogHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        self.write("<h1>Hello, " + escape.xhtml_escape(name) + "</h1>")


from flask import Flask, Response, json

app = Flask(__name__)


def preference(key):
    # a body declared JSON is not parsed as HTML
    return Response(json.dumps({"key": key}), mimetype="application/json")


def plain_echo(text):
    return Response(text, content_type="text/plain; charset=utf-8")


@app.route("/preferences/<key>")
def route_preference(key):
    return Response(json.dumps({"key": key}), mimetype="application/json"), 200
