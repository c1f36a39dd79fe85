"""A form as plain data for the interfaces: rows per assigned indicator part, values, flags.

Built by selectors.form_get_for_user (which checks access first); nothing here writes.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

from gem.lib.text import match_key
from gem.plans.models import Assignment, Indicator, Objective, Part, Plan
from gem.reporting import rules
from gem.reporting.models import DataValue, Evidence, ReportingPeriod, Submission
from gem.reporting.validation import FEMALE, MALE, SEXES, TOTAL, Fig, check_part, figure_value
from gem.reporting.values import entry_lock_reason, problem

NOT_STARTED = "not_started"
DONE_STATUSES = {Submission.Status.SUBMITTED, Submission.Status.APPROVED}


def status_label(status: str) -> str:
    if status == NOT_STARTED:
        return _("Not started")
    return str(Submission.Status(status).label)


def is_late(period: ReportingPeriod, submission: Submission | None, today: date) -> bool:
    """Past the units' deadline without a submission, or submitted after it."""
    due = period.units_due_on
    if due is None:
        return False
    if submission is not None and submission.status in DONE_STATUSES:
        if submission.submitted_at is not None:
            return timezone.localdate(submission.submitted_at) > due
        return False
    return today > due


@dataclass
class FormRow:
    """One indicator part of the form; `values`, `previous`, `computed` are keyed by sex."""

    indicator: Indicator
    part: Part
    objective: Objective
    role: str  # "lead" (editable) or "support" (read-only)
    inputs: tuple[str, ...]  # ("numerator", "denominator") | ("value",) | ("bool",)
    sexes: list[str]  # ["female", "male", ""] or [""]
    values: dict[str, DataValue] = field(default_factory=dict)
    previous: dict[str, Fig] = field(default_factory=dict)
    computed: dict[str, Decimal | None] = field(default_factory=dict)
    warnings: list[dict] = field(default_factory=list)
    is_editable: bool = False

    @property
    def key(self) -> tuple[str, int]:
        return (self.indicator.code, self.part.number)


@dataclass
class FormObjective:
    code: str
    title: str
    rows: list[FormRow]


@dataclass
class Form:
    period: ReportingPeriod
    plan: Plan
    agency: object
    org_unit: object
    submission: Submission | None
    status: str
    version: int
    rows: list[FormRow]
    objectives: list[FormObjective]
    narratives: dict[str, str]
    evidence: list[Evidence]
    tasks: list[dict]
    can_edit: bool
    can_submit: bool
    can_review: bool
    can_reopen: bool
    is_late: bool
    lock_reason: str | None = None

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    @property
    def due_on(self) -> date | None:
        return self.period.units_due_on


def inputs_of(part: Part) -> tuple[str, ...]:
    if part.measure == Part.Measure.RATIO:
        return ("numerator", "denominator")
    if part.measure == Part.Measure.BOOL:
        return ("bool",)
    return ("value",)


def sexes_of(part: Part) -> list[str]:
    return [FEMALE, MALE, TOTAL] if part.is_by_sex else [TOTAL]


def build_form(*, user, period: ReportingPeriod, agency, today: date | None = None) -> Form:
    plan, unit = period.plan, period.plan.org_unit
    today = today or timezone.localdate()
    sub = Submission.objects.filter(period=period, agency=agency).first()
    assigned = rules.assigned_parts(plan, agency)
    rows = _rows(period, agency, sub, assigned)
    lock = entry_lock_reason(sub) if sub else _period_lock(period)
    writer = rules.can_write(user, unit, agency)
    reviewer = rules.can_review(user, unit)
    status = sub.status if sub else NOT_STARTED
    can_edit = writer and lock is None
    for row in rows:
        row.is_editable = can_edit and row.role == rules.LEAD
    return Form(
        period=period,
        plan=plan,
        agency=agency,
        org_unit=unit,
        submission=sub,
        status=status,
        version=sub.version if sub else 1,  # the version a new form starts at
        rows=rows,
        objectives=_objectives(plan, rows),
        narratives={n.objective_code: n.text for n in sub.narratives.all()} if sub else {},
        evidence=list(sub.evidence.filter(is_deleted=False).order_by("id")) if sub else [],
        tasks=form_tasks(plan, agency),
        can_edit=can_edit,
        can_submit=can_edit and sub is not None,
        can_review=reviewer and status == Submission.Status.SUBMITTED,
        can_reopen=reviewer and status in DONE_STATUSES,
        is_late=is_late(period, sub, today),
        lock_reason=lock,
    )


def _period_lock(period: ReportingPeriod) -> str | None:
    if period.status == ReportingPeriod.Status.CLOSED:
        return _("The period %(code)s is closed for entry.") % {"code": period.code}
    return None


def _rows(period, agency, sub, assigned: dict) -> list[FormRow]:
    parts = [a.part for a in assigned.values()]
    own = DataValue.objects.filter(submission=sub) if sub else DataValue.objects.none()
    own_values = {(dv.part_id, dv.sex): dv for dv in own}
    support_ids = [a.part.pk for a in assigned.values() if a.role != rules.LEAD]
    lead_values = _lead_values(period, agency, support_ids)
    previous = rules.previous_figs(period, agency, parts)
    rows = []
    for a in assigned.values():
        part = a.part
        source = own_values if a.role == rules.LEAD else lead_values
        row = FormRow(
            indicator=part.indicator,
            part=part,
            objective=part.indicator.objective,
            role=a.role,
            inputs=inputs_of(part),
            sexes=sexes_of(part),
        )
        for sex in row.sexes:
            dv = source.get((part.pk, sex))
            if dv is not None:
                row.values[sex] = dv
                row.computed[sex] = figure_value(rules.part_rule(part), rules.fig_of(dv))
            if (part.pk, sex) in previous:
                row.previous[sex] = previous[(part.pk, sex)]
        if a.role == rules.LEAD:
            row.warnings = _warnings(part, row)
        rows.append(row)
    return rows


def _lead_values(period, agency, part_ids: list[int]) -> dict:
    """What the lead agencies reported for the parts a support agency follows."""
    if not part_ids:
        return {}
    rows = (
        DataValue.objects.filter(period=period, part_id__in=part_ids)
        .exclude(submission__agency=agency)
        .order_by("submission__agency__name")
    )
    out: dict = {}
    for dv in rows:
        out.setdefault((dv.part_id, dv.sex), dv)
    return out


def _warnings(part: Part, row: FormRow) -> list[dict]:
    figs = {s: rules.fig_of(dv) for s, dv in row.values.items()}
    out = []
    for p in check_part(rules.part_rule(part), figs, row.previous):
        if p.level != "warning":
            continue
        dv = row.values.get(p.sex)
        acknowledged = bool(dv and dv.comment.strip())
        out.append(
            problem(row.key, p.sex, p.field, p.message, rule=p.rule, acknowledged=acknowledged)
        )
    return out


def _objectives(plan: Plan, rows: list[FormRow]) -> list[FormObjective]:
    """Every objective with an assigned row, in the plan's order (narratives go per objective)."""
    by_code: dict[str, list[FormRow]] = {}
    for row in rows:
        by_code.setdefault(row.objective.code, []).append(row)
    return [
        FormObjective(code=o.code, title=o.title, rows=by_code[o.code])
        for o in Objective.objects.filter(plan=plan).order_by("position")
        if o.code in by_code
    ]


def form_tasks(plan: Plan, agency) -> list[dict]:
    """Tasks the agency is charged with: its assignments' notes and the plan's task list.

    A plan's `extra["tasks"]` entry is a text (for every agency) or {"text", "agency"|"agencies"}.
    """
    tasks = [
        {"text": a.note, "role": a.role}
        for a in Assignment.objects.filter(plan=plan, agency=agency).order_by("position")
        if a.note
    ]
    key = match_key(agency.name)
    for item in (plan.extra or {}).get("tasks") or []:
        if isinstance(item, str):
            tasks.append({"text": item, "role": ""})
        elif isinstance(item, dict) and item.get("text"):
            names = item.get("agencies") or ([item["agency"]] if item.get("agency") else [])
            if not names or key in {match_key(str(n)) for n in names}:
                tasks.append({"text": str(item["text"]), "role": item.get("role", "")})
    return tasks


__all__ = ["SEXES", "Form", "FormObjective", "FormRow", "build_form", "status_label"]
