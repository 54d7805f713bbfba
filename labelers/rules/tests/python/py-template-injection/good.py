from flask import render_template_string, request

PAGE = "<h1>Hello {{ name }}</h1>"


@app.route("/hello")
def hello():
    return render_template_string(PAGE, name=request.args.get("name", ""))
