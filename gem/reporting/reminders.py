"""E-mail reminders before the units' deadline and on the day after it (overdue).

Run daily by `python -m gem send-reminders`. Each (period, agency, kind, day) is sent at most
once: a ReminderLog row is claimed before sending, so a rerun the same day sends nothing twice.
Days before the deadline come from settings.GEM_REMINDER_DAYS (default [7, 3, 1]); links use
settings.GEM_BASE_URL (or the environment variable of that name).
"""

import logging
import os
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from gem.accounts.models import Role
from gem.plans.models import Assignment, Plan
from gem.reporting import calc
from gem.reporting.forms import DONE_STATUSES, status_label
from gem.reporting.models import ReminderLog, ReportingPeriod, Submission

log = logging.getLogger("gem.reporting.reminders")
DEFAULT_DAYS = [7, 3, 1]


def reminder_days() -> list[int]:
    return list(getattr(settings, "GEM_REMINDER_DAYS", DEFAULT_DAYS))


def base_url() -> str:
    default = os.environ.get("GEM_BASE_URL", "http://127.0.0.1:8000")
    return str(getattr(settings, "GEM_BASE_URL", default)).rstrip("/")


def form_link(period: ReportingPeriod, agency) -> str:
    try:
        path = reverse("web:reporting_form", args=[period.pk, agency.pk])
    except NoReverseMatch:
        path = f"/reporting/forms/{period.pk}/{agency.pk}/"
    return f"{base_url()}{path}"


def recipients(agency) -> list[str]:
    """The agency's own address, else its reporters' addresses."""
    if agency.email:
        return [agency.email]
    users = (
        get_user_model()
        .objects.filter(grants__role=Role.REPORTER, grants__agency=agency, is_active=True)
        .exclude(email="")
    )
    return sorted({u.email for u in users})


def due_periods(today: date) -> list[tuple[ReportingPeriod, str]]:
    """Open periods of active plans with a reminder due today, and its kind."""
    days = reminder_days()
    horizon = max([d for d in days if d > 0], default=0)
    periods = ReportingPeriod.objects.filter(
        status=ReportingPeriod.Status.OPEN,
        plan__is_deleted=False,
        plan__status=Plan.Status.ACTIVE,
        units_due_on__gte=today - timedelta(days=1),
        units_due_on__lte=today + timedelta(days=horizon),
    ).select_related("plan__org_unit")
    out = []
    for period in periods:
        kind = calc.reminder_kind(today, period.units_due_on, days)
        if kind:
            out.append((period, kind))
    return out


def _message(period, agency, kind: str, sub: Submission | None, to: list[str]) -> EmailMessage:
    due = period.units_due_on.strftime("%d/%m/%Y")
    what = f"{period.get_kind_display()} {period.code}"
    if kind == "overdue":
        subject = _("[GEM] Overdue: %(what)s was due on %(due)s") % {"what": what, "due": due}
    else:
        days = kind.split("_", 1)[1]
        subject = _("[GEM] Reminder: %(what)s is due in %(days)s days (%(due)s)") % {
            "what": what,
            "days": days,
            "due": due,
        }
    body = _(
        "Dear %(agency)s,\n\n"
        'The %(what)s of the plan "%(plan)s" is due by %(due)s.\n'
        "Your form is currently: %(status)s.\n\n"
        "Open the form: %(link)s\n\n"
        "This message was sent automatically by GEM; please do not reply."
    ) % {
        "agency": agency.name,
        "what": what,
        "plan": period.plan.title,
        "due": due,
        "status": status_label(sub.status if sub else "not_started"),
        "link": form_link(period, agency),
    }
    return EmailMessage(subject=subject, body=body, to=to)


def _claim(period, agency, kind: str, today: date, to: list[str]) -> ReminderLog | None:
    try:
        with transaction.atomic():
            return ReminderLog.objects.create(
                period=period, agency=agency, kind=kind, sent_on=today, recipients=", ".join(to)
            )
    except IntegrityError:
        return None


def reminders_send(*, today: date | None = None) -> int:
    """Send today's reminders to agencies that have not submitted. Returns e-mails sent."""
    today = today or timezone.localdate()
    sent = 0
    with translation.override(settings.LANGUAGE_CODE):
        connection = get_connection()
        for period, kind in due_periods(today):
            sent += _send_for_period(period, kind, today, connection)
    return sent


def _send_for_period(period: ReportingPeriod, kind: str, today: date, connection) -> int:
    leads = (
        Assignment.objects.filter(
            plan=period.plan, role=Assignment.Role.LEAD, agency__is_active=True
        )
        .select_related("agency")
        .order_by("agency__name")
    )
    agencies = list({a.agency_id: a.agency for a in leads if a.agency}.values())
    subs = {s.agency_id: s for s in Submission.objects.filter(period=period)}
    sent = 0
    for agency in agencies:
        sub = subs.get(agency.pk)
        if sub is not None and sub.status in DONE_STATUSES:
            continue
        to = recipients(agency)
        if (
            not to
            or ReminderLog.objects.filter(
                period=period, agency=agency, kind=kind, sent_on=today
            ).exists()
        ):
            continue
        claimed = _claim(period, agency, kind, today, to)
        if claimed is None:
            continue
        try:
            connection.send_messages([_message(period, agency, kind, sub, to)])
        except Exception:  # the SMTP server refused: free the claim so a rerun retries
            log.exception("reminder to %s failed", agency)
            claimed.delete()
            continue
        sent += 1
    return sent
