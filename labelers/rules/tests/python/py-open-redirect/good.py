from urllib.parse import urlparse

from flask import redirect, request


@app.route("/login/done")
def login_done():
    target = request.args.get("next", "/")
    if urlparse(target).netloc:
        target = "/"
    return redirect(target)
