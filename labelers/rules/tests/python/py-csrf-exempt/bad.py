from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
def update_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return HttpResponse("ok")
