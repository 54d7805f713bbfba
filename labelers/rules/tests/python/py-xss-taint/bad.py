import tornado.web


class ErrorLogHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        self.write("<h1>Hello, " + name + "</h1>")
