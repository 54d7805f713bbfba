import tornado.web
from tornado import escape


class ErrorLogHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        self.write("<h1>Hello, " + escape.xhtml_escape(name) + "</h1>")
