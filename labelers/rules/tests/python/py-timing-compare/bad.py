def check(secret, presented):
    return secret == presented


def authorised(request, api_key):
    # an inequality leaks the matched prefix just the same
    if request.headers.get("X-Api-Key") != api_key:
        raise PermissionError("bad key")
