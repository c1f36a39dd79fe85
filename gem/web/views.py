from django.shortcuts import redirect
from django.views.decorators.http import require_GET


@require_GET
def home(request):
    if not request.user.is_authenticated:
        return redirect("web:login")
    return redirect("web:analytics_overview")


@require_GET
def healthz(request):
    from django.http import HttpResponse

    return HttpResponse("ok", content_type="text/plain")
