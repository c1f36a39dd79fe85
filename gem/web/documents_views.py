"""Official reports from the dashboard: a page to choose one, and its download (.docx/.xlsx).

GET /reports/ shows the page; with `format` in the query (…&format=docx) it downloads the report:
/reports/?plan=ID&unit=CODE&period=2026S1&kind=semiannual&format=docx[&agency=ID&issuer=…].
Access is checked by gem.documents.selectors; every download is audited ("report.export").
"""

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseForbidden
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from gem.core.errors import GemError, NotFound, PermissionDenied
from gem.documents.data import ISSUERS, KINDS
from gem.documents.selectors import report_choices_for_user, report_subject_get_for_user
from gem.documents.services import FORMATS, report_export
from gem.reporting.calc import parse_period_code
from gem.reporting.selectors import periods_for_user

KIND_LABELS = {
    "semiannual": _("6-month report"),
    "annual": _("Annual report"),
    "midterm": _("Mid-term review"),
    "final": _("Final review"),
}
ISSUER_LABELS = {
    "committee": _("People's Committee"),
    "consolidator": _("Department of Home Affairs"),
}


class ReportForm(forms.Form):
    plan = forms.IntegerField(label=_("Plan"), min_value=1)
    unit = forms.CharField(label=_("Unit"), max_length=16)
    agency = forms.IntegerField(label=_("Agency"), required=False, min_value=1)
    period = forms.CharField(label=_("Reporting period"), max_length=16)
    kind = forms.ChoiceField(
        label=_("Report"), required=False, choices=[("", "")] + [(k, KIND_LABELS[k]) for k in KINDS]
    )
    issuer = forms.ChoiceField(
        label=_("Issued by"), required=False, choices=[(i, ISSUER_LABELS[i]) for i in ISSUERS]
    )
    format = forms.ChoiceField(label=_("Format"), choices=[(f, f) for f in sorted(FORMATS)])

    def clean(self):
        data = super().clean()
        if data.get("period") and not data.get("kind"):
            try:
                data["kind"] = parse_period_code(data["period"])[1]
            except ValueError:
                self.add_error("period", _("Not a period code (e.g. 2026S1, 2026, 2028M, 2030F)."))
        return data


@require_GET
@login_required
def report_page(request):
    if "format" not in request.GET:
        return _page(request, ReportForm(initial={"issuer": "committee"}))
    form = ReportForm(request.GET)
    if not form.is_valid():
        return _page(request, form, status=400)
    d = form.cleaned_data
    try:
        plan, unit, agency = report_subject_get_for_user(
            user=request.user, plan_id=d["plan"], unit_code=d["unit"], agency_id=d["agency"]
        )
        export = report_export(
            plan=plan,
            org_unit=unit,
            period_code=d["period"],
            kind=d["kind"],
            fmt=d["format"],
            user=request.user,
            agency=agency,
            issuer=d["issuer"] or "committee",
            ip=request.META.get("REMOTE_ADDR"),
        )
    except NotFound as exc:
        raise Http404(str(exc)) from None
    except PermissionDenied as exc:
        return HttpResponseForbidden(str(exc))
    except GemError as exc:
        form.add_error(None, str(exc))
        return _page(request, form, status=400)
    response = HttpResponse(export.content, content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    return response


def _page(request, form, status: int = 200):
    context = {
        **report_choices_for_user(user=request.user),
        "form": form,
        "periods": periods_for_user(user=request.user),
        "kinds": [(k, KIND_LABELS[k]) for k in KINDS],
        "issuers": [(i, ISSUER_LABELS[i]) for i in ISSUERS],
    }
    return render(request, "web/documents/reports.html", context, status=status)
