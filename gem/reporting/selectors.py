"""Reads of the reporting app, scoped to the user (another unit's form is a 404)."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from gem.core import audit
from gem.core.errors import NotFound
from gem.lib.numbers import format_vn_number
from gem.orgs import access
from gem.orgs.models import Agency
from gem.plans.models import Assignment, Plan
from gem.reporting import rules
from gem.reporting.datavalues import datavalues_for_user
from gem.reporting.forms import (
    NOT_STARTED,
    Form,
    FormObjective,
    FormRow,
    build_form,
    is_late,
    status_label,
)
from gem.reporting.models import ReportingPeriod, Submission
from gem.reporting.validation import FEMALE, MALE
from gem.reporting.xlsx import form_xlsx_export

__all__ = [
    "BoardRow",
    "Form",
    "FormObjective",
    "FormRef",
    "FormRow",
    "datavalues_for_user",
    "form_get_for_user",
    "form_xlsx_export",
    "forms_for_user",
    "period_get_for_user",
    "periods_for_user",
    "status_board",
    "value_history",
]


@dataclass
class FormRef:
    """One form a user works on: (period × agency), started or not."""

    period: ReportingPeriod
    agency: Agency
    org_unit: object
    plan: Plan
    submission: Submission | None
    status: str  # a Submission.Status, or "not_started"
    due_on: date | None
    is_late: bool

    @property
    def status_label(self) -> str:
        return status_label(self.status)


@dataclass
class BoardRow(FormRef):
    submitted_at: datetime | None = None
    return_reason: str = ""


def period_get_for_user(*, user, period_id: int) -> ReportingPeriod:
    period = (
        ReportingPeriod.objects.select_related("plan__org_unit")
        .filter(pk=period_id, plan__is_deleted=False)
        .first()
    )
    if period is None or not access.can_read_unit(user, period.plan.org_unit):
        raise NotFound(f"period {period_id}")
    return period


def form_get_for_user(*, user, period_id: int, agency_id: int, today: date | None = None) -> Form:
    """The agency's form for the period, if the user may see it (else NotFound)."""
    period = period_get_for_user(user=user, period_id=period_id)
    agency = Agency.objects.select_related("org_unit").filter(pk=agency_id).first()
    unit = period.plan.org_unit
    if agency is None or not rules.can_view(user, unit, agency):
        raise NotFound(f"form {period_id}/{agency_id}")
    if not Assignment.objects.filter(plan=period.plan, agency=agency).exists():
        raise NotFound(f"form {period_id}/{agency_id}")
    return build_form(user=user, period=period, agency=agency, today=today)


def _refs(pairs: list[tuple[ReportingPeriod, Agency]], today: date, board=False) -> list:
    subs = Submission.objects.filter(
        period__in={p.pk for p, _a in pairs}, agency__in={a.pk for _p, a in pairs}
    )
    by_key = {(s.period_id, s.agency_id): s for s in subs}
    out = []
    for period, agency in pairs:
        sub = by_key.get((period.pk, agency.pk))
        ref = (BoardRow if board else FormRef)(
            period=period,
            agency=agency,
            org_unit=period.plan.org_unit,
            plan=period.plan,
            submission=sub,
            status=sub.status if sub else NOT_STARTED,
            due_on=period.units_due_on,
            is_late=is_late(period, sub, today),
        )
        if board and sub is not None:
            ref.submitted_at = sub.submitted_at
            if sub.status == Submission.Status.RETURNED:
                ref.return_reason = sub.return_reason
        out.append(ref)
    return out


def _periods_with_agencies(plans_q: Q, agency_q: Q, period_code: str | None) -> list[tuple]:
    links = Assignment.objects.filter(plans_q, agency_q, agency__isnull=False).values_list(
        "plan_id", "agency_id"
    )
    agencies_by_plan: dict[int, set[int]] = {}
    for plan_id, agency_id in links:
        agencies_by_plan.setdefault(plan_id, set()).add(agency_id)
    periods = ReportingPeriod.objects.filter(plan_id__in=agencies_by_plan).select_related(
        "plan__org_unit"
    )
    if period_code:
        periods = periods.filter(code=period_code)
    agency_ids = set().union(*agencies_by_plan.values()) if agencies_by_plan else set()
    agencies = Agency.objects.in_bulk(agency_ids)
    pairs = [
        (p, agencies[a])
        for p in periods
        for a in agencies_by_plan[p.plan_id]
        if agencies[a].is_active
    ]
    pairs.sort(key=lambda pa: (pa[0].ends_on, pa[0].plan.org_unit.path, pa[1].name))
    return pairs


def forms_for_user(
    *, user, period_code: str | None = None, today: date | None = None
) -> list[FormRef]:
    """The forms of the agencies the user works for (reporter grants; a consolidator's own)."""
    ids = rules.own_agency_ids(user)
    if not ids:
        return []
    pairs = _periods_with_agencies(Q(plan__is_deleted=False), Q(agency_id__in=ids), period_code)
    pairs = [(p, a) for p, a in pairs if rules.can_write(user, p.plan.org_unit, a)]
    return _refs(pairs, today or timezone.localdate())


def _plan_scope(user, plan: Plan | None) -> Q:
    q = Q(plan__is_deleted=False, plan__is_builtin=False)
    if plan is not None:
        ids, frontier = {plan.pk}, {plan.pk}
        for _depth in range(3):  # province -> (district) -> commune plans
            frontier = set(Plan.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
            ids |= frontier
        q &= Q(plan_id__in=ids)
    scope = access.unit_filter(user, "plan__org_unit")
    return q if scope is None else q & scope


def status_board(
    *, user, period_code: str, plan: Plan | None = None, today: date | None = None
) -> list[BoardRow]:
    """Every form due for the period in the user's scope (a plan and its lower plans)."""
    pairs = _periods_with_agencies(_plan_scope(user, plan), Q(), period_code)
    pairs = [(p, a) for p, a in pairs if rules.can_view(user, p.plan.org_unit, a)]
    return _refs(pairs, today or timezone.localdate(), board=True)


def periods_for_user(*, user, plan: Plan | None = None, today: date | None = None) -> list:
    """Periods of the plans the user reads: the current ones first (open, deadline ahead or
    just passed, nearest first), then the others, latest first."""
    today = today or timezone.localdate()
    periods = ReportingPeriod.objects.filter(_plan_scope(user, plan)).select_related("plan")

    def order(p):
        due = p.units_due_on or p.ends_on
        current = p.status == ReportingPeriod.Status.OPEN and due >= today - timedelta(days=31)
        return (0, due.toordinal(), p.code) if current else (1, -p.ends_on.toordinal(), p.code)

    return sorted(periods, key=order)


def _figure_text(figure: dict | None) -> str:
    if not figure:
        return ""
    num, den, value = (figure.get(k) for k in ("numerator", "denominator", "value"))
    if num is not None or den is not None:
        return f"{format_vn_number(_dec(num)) or '–'}/{format_vn_number(_dec(den)) or '–'}"
    return format_vn_number(_dec(value))


def _dec(text):
    return None if text is None else Decimal(str(text))


def value_history(*, submission: Submission) -> list[dict]:
    """Every change of the form's figures, newest first: who, when, old and new."""
    sexes = {FEMALE: _("Female"), MALE: _("Male")}
    out = []
    for event in audit.events_for(submission).filter(action="datavalue.change"):
        extra = event.extra or {}
        sex = extra.get("sex", "")
        label = f"{extra.get('indicator', '')}"
        if extra.get("part"):
            label += f" ({int(extra['part']) + 1})"
        if sex:
            label += f" – {sexes.get(sex, sex)}"
        out.append(
            {
                "at": event.at,
                "actor": event.actor,
                "indicator": extra.get("indicator"),
                "part": extra.get("part"),
                "sex": sex,
                "label": label,
                "before": event.before,
                "after": event.after,
                "old": _figure_text(event.before),
                "new": _figure_text(event.after),
                "comment": (event.after or {}).get("comment", ""),
            }
        )
    return out
