import tornado.web


class ErrorLogHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        self.write("<h1>Hello, " + name + "</h1>")


from flask import Flask, Response

app = Flask(__name__)


def greeting(name):
    # no mimetype: Flask serves text/html
    return Response("<p>Hello " + name + "</p>")


@app.route("/hello/<name>")
def route_greeting(name):
    return Response("<p>Hello " + name + "</p>"), 200
