from django.http import HttpResponse
from django.views.decorators.http import require_POST


@require_POST
def update_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return HttpResponse("ok")
