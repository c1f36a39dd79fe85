"""Excel round trip: download a form as .xlsx, upload it filled in, preview (dry run), confirm.

Between the preview and the confirm the uploaded bytes wait in the user's own session (base64,
at most 2 MB, one pending upload per session) under a random token; the confirm must name the
token, the same form and the version the preview was made against.
"""

import base64
import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.crypto import constant_time_compare
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from gem.core.errors import Conflict
from gem.reporting import selectors, services
from gem.web.forms_reporting import XlsxConfirmForm, XlsxUploadForm
from gem.web.reporting_views import CONFLICT_MESSAGE, form_errors, form_url

SESSION_KEY = "gem_reporting_xlsx"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@require_GET
@login_required
@form_errors
def xlsx_export(request, *, period_id: int, agency_id: int):
    form = selectors.form_get_for_user(user=request.user, period_id=period_id, agency_id=agency_id)
    data = selectors.form_xlsx_export(form=form)
    name = f"bieu-mau-{form.period.code}-{slugify(form.agency.name) or form.agency.pk}.xlsx"
    response = HttpResponse(data, content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@login_required
@form_errors
def xlsx_upload(request, *, period_id: int, agency_id: int):
    form = selectors.form_get_for_user(user=request.user, period_id=period_id, agency_id=agency_id)
    upload = XlsxUploadForm(request.POST, request.FILES)
    if getattr(request, "gem_rejected_uploads", None) or not upload.is_valid():
        errors = upload.errors.get("file") if upload.is_bound else None
        messages.error(request, " ".join(errors or [_("The file is too large (at most 2 MB).")]))
        return redirect(form_url(period_id, agency_id, "xlsx-import"))
    file = upload.cleaned_data["file"]
    data = file.read()
    submission = form.submission or services.submission_open(
        period=form.period, agency=form.agency, actor=request.user
    )
    summary = services.form_xlsx_import(
        submission=submission, data=data, actor=request.user, dry_run=True
    )
    token = _stash(request, submission, file.name, data)
    context = {"form": form, "summary": summary, "token": token, "file_name": file.name}
    return render(request, "web/reporting/xlsx_preview.html", context)


def _stash(request, submission, name: str, data: bytes) -> str:
    """Keep the upload in the session until it is confirmed; the one pending upload."""
    token = secrets.token_urlsafe(24)
    request.session[SESSION_KEY] = {
        "token": token,
        "submission": submission.pk,
        "version": submission.version,
        "name": name,
        "data": base64.b64encode(data).decode("ascii"),
    }
    return token


def _pending(request, form, token: str) -> dict | None:
    pending = request.session.get(SESSION_KEY) or {}
    if not pending or not constant_time_compare(pending.get("token", ""), token):
        return None
    if form.submission is None or pending.get("submission") != form.submission.pk:
        return None
    return pending


@require_POST
@login_required
@form_errors
def xlsx_confirm(request, *, period_id: int, agency_id: int):
    form = selectors.form_get_for_user(user=request.user, period_id=period_id, agency_id=agency_id)
    confirm = XlsxConfirmForm(request.POST)
    pending = _pending(request, form, confirm.data.get("token", "")) if confirm.is_valid() else None
    if pending is None:
        messages.error(
            request, _("This import has expired or was already applied; upload the file again.")
        )
        return redirect(form_url(period_id, agency_id, "xlsx-import"))
    request.session.pop(SESSION_KEY, None)
    if form.submission.version != pending["version"]:
        messages.error(request, CONFLICT_MESSAGE)
        return redirect(form_url(period_id, agency_id, "xlsx-import"))
    data = base64.b64decode(pending["data"])
    try:
        summary = services.form_xlsx_import(
            submission=form.submission,
            data=data,
            actor=request.user,
            dry_run=False,
            expected_version=pending["version"],
        )
    except Conflict:  # someone saved the form between the check above and this import
        messages.error(request, CONFLICT_MESSAGE)
        return redirect(form_url(period_id, agency_id, "xlsx-import"))
    if summary.errors or summary.conflicts:
        messages.error(request, _("The file has errors or conflicts; nothing was saved."))
    else:
        text = _(
            "Imported from %(name)s: %(imported)s new, %(updated)s changed, %(ignored)s unchanged."
        )
        messages.success(request, text % {"name": pending["name"], **_counts(summary)})
    return redirect(form_url(period_id, agency_id))


def _counts(summary) -> dict:
    return {"imported": summary.imported, "updated": summary.updated, "ignored": summary.ignored}
