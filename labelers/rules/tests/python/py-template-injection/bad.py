from flask import render_template_string, request


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return render_template_string("<h1>Hello %s</h1>" % name)
