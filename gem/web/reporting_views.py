"""Reporting pages: my forms, the form itself (figures, narratives, workflow).

Every view reads through an access-checked selector of gem.reporting.selectors (another unit's
form is a 404) and writes through gem.reporting.services; nothing here decides what is valid.
"""

import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from gem.core.errors import Conflict, GemError, NotFound, PermissionDenied
from gem.reporting import selectors, services
from gem.web.forms_reporting import ReasonForm, ValuesForm
from gem.web.reporting_table import build_tables

CONFLICT_MESSAGE = gettext_lazy(
    "The form was updated by someone else while you were editing. The current figures are "
    "shown below, with what you typed beside them: check them and save again."
)


def form_url(period_id: int, agency_id: int, anchor: str = "") -> str:
    url = reverse("web:reporting_form", args=[period_id, agency_id])
    return f"{url}#{anchor}" if anchor else url


def error_text(exc: GemError) -> str:
    """The error's message with the fields it lists ("The form is incomplete: 3.2 ...")."""
    detail = exc.extra.get("fields") if isinstance(exc.extra, dict) else None
    items = [d.get("message", "") if isinstance(d, dict) else str(d) for d in detail or []]
    items = [i for i in items if i]
    return f"{exc.message} {'; '.join(items[:10])}" if items else exc.message


def form_errors(view):
    """Service errors on a form's pages: 404, 403, or a message back on the form."""

    @functools.wraps(view)
    def wrapper(request, *args, period_id: int, agency_id: int, **kwargs):
        try:
            return view(request, *args, period_id=period_id, agency_id=agency_id, **kwargs)
        except NotFound as exc:
            raise Http404(str(exc)) from None
        except PermissionDenied as exc:
            return HttpResponseForbidden(str(exc))
        except GemError as exc:
            messages.error(request, error_text(exc))
            return redirect(form_url(period_id, agency_id))

    return wrapper


def period_groups(refs, ordered_periods, today) -> dict:
    """FormRefs grouped by period, in the order periods_for_user gives (the current first);
    periods whose data window has not begun yet are kept apart."""
    rank = {p.pk: i for i, p in enumerate(ordered_periods)}
    groups: dict[int, dict] = {}
    for ref in refs:
        group = groups.setdefault(ref.period.pk, {"period": ref.period, "forms": []})
        group["forms"].append(ref)
    ordered = sorted(groups.values(), key=lambda g: (rank.get(g["period"].pk, len(rank)),))
    started = [g for g in ordered if g["period"].starts_on <= today]
    return {
        "current": started[:1],
        "others": started[1:],
        "upcoming": [g for g in ordered if g["period"].starts_on > today],
    }


@require_GET
@login_required
def my_forms(request):
    refs = selectors.forms_for_user(user=request.user)
    periods = selectors.periods_for_user(user=request.user)
    groups = period_groups(refs, periods, timezone.localdate())
    return render(request, "web/reporting/my_forms.html", groups)


def render_form(request, form, values: ValuesForm, *, typed=None, status: int = 200):
    context = {
        "form": form,
        "values": values,
        "tables": build_tables(values, typed),
        "history": selectors.value_history(submission=form.submission) if form.submission else [],
        "reason_form": ReasonForm(),
        "typed_narratives": {k[2:]: v for k, v in (typed or {}).items() if k.startswith("n:")},
        "is_htmx": request.headers.get("HX-Request") == "true",  # the form swapped in place
    }
    return render(request, "web/reporting/form.html", context, status=status)


@require_http_methods(["GET", "POST"])
@login_required
@form_errors
def form_page(request, *, period_id: int, agency_id: int):
    form = selectors.form_get_for_user(user=request.user, period_id=period_id, agency_id=agency_id)
    if request.method == "GET":
        return render_form(request, form, ValuesForm(form=form))
    values = ValuesForm(request.POST, form=form)
    if not values.is_valid():
        messages.error(request, _("Some entries are not valid; nothing was saved."))
        return render_form(request, form, values, status=400)
    try:
        submission, summary = _save(request.user, form, values)
    except Conflict:
        return _conflict(request, period_id, agency_id, values)
    if summary.errors or summary.conflicts:
        problems = summary.errors + summary.conflicts
        values.add_problems(errors=problems, warnings=summary.warnings)
        values.data = values.data.copy()
        values.data["version"] = summary.version  # nothing changed: the version checked
        messages.error(request, _("Some figures need fixing; nothing was saved."))
        return render_form(request, form, values, status=400)
    messages.success(request, _save_message(summary))
    if request.POST.get("action") == "submit":
        services.submission_submit(
            submission=submission, actor=request.user, expected_version=submission.version
        )
        messages.success(request, _("The report was submitted."))
    return redirect(form_url(period_id, agency_id))


def _save(user, form, values: ValuesForm):
    """Store the changed figures and narratives in one transaction (narratives only if the
    figures passed)."""
    submission = form.submission or services.submission_open(
        period=form.period, agency=form.agency, actor=user
    )  # the first save opens the form; an unopened form reads as version 1
    summary = services.form_save(
        submission=submission,
        entries=values.entries(),
        narratives=values.narratives(),
        actor=user,
        expected_version=values.cleaned_data["version"],
    )
    submission.refresh_from_db()
    return submission, summary


def _save_message(summary) -> str:
    text = _("Saved: %(imported)s new, %(updated)s changed figures.") % {
        "imported": summary.imported,
        "updated": summary.updated,
    }
    if summary.warnings:
        text += " " + _("Some figures have warnings: add a comment before submitting.")
    return text


def _conflict(request, period_id: int, agency_id: int, values: ValuesForm):
    """Show the current figures and what the user typed; never overwrite silently."""
    form = selectors.form_get_for_user(user=request.user, period_id=period_id, agency_id=agency_id)
    typed = {k: v for k, v in request.POST.items() if k.startswith(("v:", "n:")) and v.strip()}
    messages.error(request, CONFLICT_MESSAGE)
    return render_form(request, form, ValuesForm(form=form), typed=typed, status=409)


def _submission_or_message(request, form):
    if form.submission is None:
        messages.error(request, _("Nobody has started this form yet."))
    return form.submission


@require_POST
@login_required
@form_errors
def form_return(request, *, period_id: int, agency_id: int):
    form = selectors.form_get_for_user(user=request.user, period_id=period_id, agency_id=agency_id)
    reason = ReasonForm(request.POST)
    if not reason.is_valid():
        messages.error(request, _("Give the reason for returning the report."))
    elif submission := _submission_or_message(request, form):
        reason_text = reason.cleaned_data["reason"]
        services.submission_return(submission=submission, reason=reason_text, actor=request.user)
        messages.success(request, _("The report was returned to the unit."))
    return redirect(form_url(period_id, agency_id))


@require_POST
@login_required
@form_errors
def form_approve(request, *, period_id: int, agency_id: int):
    form = selectors.form_get_for_user(user=request.user, period_id=period_id, agency_id=agency_id)
    if submission := _submission_or_message(request, form):
        services.submission_approve(submission=submission, actor=request.user)
        messages.success(request, _("The report was approved; its figures are now locked."))
    return redirect(form_url(period_id, agency_id))


@require_POST
@login_required
@form_errors
def form_reopen(request, *, period_id: int, agency_id: int):
    form = selectors.form_get_for_user(user=request.user, period_id=period_id, agency_id=agency_id)
    reason = ReasonForm(request.POST)
    if not reason.is_valid():
        messages.error(request, _("Give the reason for reopening the report."))
    elif submission := _submission_or_message(request, form):
        reason_text = reason.cleaned_data["reason"]
        services.submission_reopen(submission=submission, reason=reason_text, actor=request.user)
        messages.success(request, _("The report was reopened for changes."))
    return redirect(form_url(period_id, agency_id))
