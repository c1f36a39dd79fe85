from django.http import HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET

from gem.accounts.models import Role
from gem.orgs import access


@require_GET
def home(request):
    """Reporters land on their forms; everyone who reads a whole unit, on the overview."""
    if not request.user.is_authenticated:
        return redirect("web:login")
    reads_a_unit = access.reads_everything(request.user) or access.has_role(
        request.user, Role.CONSOLIDATOR, Role.LEADER
    )
    if access.has_role(request.user, Role.REPORTER) and not reads_a_unit:
        return redirect("web:reporting_my_forms")
    return redirect("web:analytics_overview")


@require_GET
def healthz(request):
    return HttpResponse("ok", content_type="text/plain")
