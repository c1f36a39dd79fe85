from django.contrib import admin
from django.urls import include, path

from gem.api.urls import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("", include("gem.web.urls")),
]


def handler404(request, exception=None):
    """JSON for the API (even for paths no route matches), the usual page elsewhere."""
    if request.path.startswith("/api/"):
        from django.http import JsonResponse

        return JsonResponse({"message": "Not found.", "detail": None}, status=404)
    from django.views.defaults import page_not_found

    return page_not_found(request, exception)
