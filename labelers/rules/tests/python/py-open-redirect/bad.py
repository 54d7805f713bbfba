from flask import redirect, request


@app.route("/login/done")
def login_done():
    return redirect(request.args.get("next", "/"))
