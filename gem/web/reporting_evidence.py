"""Evidence attached to a form: upload, download (only through this access-checked view), remove."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from gem.core.uploads import attachment_response
from gem.reporting import selectors, services
from gem.web.forms_reporting import EvidenceForm
from gem.web.reporting_views import form_errors, form_url


def _evidence_of(form, evidence_id: int):
    """The form's own (not removed) evidence with this id; 404 for anything else."""
    for evidence in form.evidence:
        if evidence.pk == evidence_id:
            return evidence
    raise Http404("evidence")


@require_POST
@login_required
@form_errors
def evidence_upload(request, *, period_id: int, agency_id: int):
    form = selectors.form_get_for_user(user=request.user, period_id=period_id, agency_id=agency_id)
    upload = EvidenceForm(request.POST, request.FILES)
    if getattr(request, "gem_rejected_uploads", None):
        messages.error(request, _("The file is too large."))
    elif not upload.is_valid():
        messages.error(request, " ".join(upload.errors.get("file", [])))
    else:
        submission = form.submission or services.submission_open(
            period=form.period, agency=form.agency, actor=request.user
        )
        file = upload.cleaned_data["file"]
        services.evidence_add(submission=submission, upload=file, actor=request.user)
        messages.success(request, _("Attached %(name)s.") % {"name": file.name})
    return redirect(form_url(period_id, agency_id, "evidence"))


@require_GET
@login_required
@form_errors
def evidence_download(request, *, period_id: int, agency_id: int, evidence_id: int):
    form = selectors.form_get_for_user(user=request.user, period_id=period_id, agency_id=agency_id)
    evidence = _evidence_of(form, evidence_id)
    try:
        handle = evidence.file.open("rb")
    except OSError:
        raise Http404("evidence file") from None
    return attachment_response(handle, filename=evidence.original_name, kind="")


@require_POST
@login_required
@form_errors
def evidence_remove(request, *, period_id: int, agency_id: int, evidence_id: int):
    form = selectors.form_get_for_user(user=request.user, period_id=period_id, agency_id=agency_id)
    evidence = _evidence_of(form, evidence_id)
    services.evidence_remove(evidence=evidence, actor=request.user)
    messages.success(request, _("Removed %(name)s.") % {"name": evidence.original_name})
    return redirect(form_url(period_id, agency_id, "evidence"))
