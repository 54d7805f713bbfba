def resolve(request):
    if request.startswith(".."):
        return None
    return "/srv/" + request
