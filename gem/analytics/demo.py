"""Demo figures for the dashboards: a few periods of made-up (marked) figures for the demo
province's departments and communes, entered through the reporting services like real ones.

Call `analytics_demo_load()` after gem.web.demo.load_demo(). Rerunning changes nothing.
"""

import random
from decimal import Decimal

from django.db import transaction

from gem.accounts.models import User
from gem.orgs.models import Agency
from gem.plans.models import Assignment, AssignmentIndicator, Part, Plan
from gem.reporting.models import ReportingPeriod, Submission
from gem.reporting.services import (
    ValueEntry,
    periods_generate,
    submission_open,
    submission_submit,
    values_save,
)

PERIODS = ("2026S1", "2026")  # the periods whose data window has begun by late 2026
COMMENT = "Số liệu minh họa (demo)"
OPEN = (Submission.Status.DRAFT, Submission.Status.RETURNED)


@transaction.atomic
def analytics_demo_load(
    *, actor: User | None = None, keep_open: frozenset[tuple[int, str]] = frozenset()
) -> dict:
    """Fill PERIODS with demo figures for every demo plan's lead agencies; submit most forms.

    `keep_open` names (agency id, period code) forms to leave untouched, for a person to fill.
    """
    actor = actor or User.objects.get(username="admin")
    plans = list(Plan.objects.filter(is_demo=True, is_deleted=False).select_related("org_unit"))
    forms = 0
    for plan in sorted(plans, key=lambda p: p.org_unit.path):
        periods_generate(plan=plan, actor=actor)
        for agency_id, parts in _lead_parts(plan).items():
            for step, code in enumerate(PERIODS):
                if (agency_id, code) not in keep_open:
                    forms += _fill(plan, agency_id, parts, step, code, actor)
    return {"forms": forms, "periods": list(PERIODS)}


def _lead_parts(plan: Plan) -> dict[int, list[Part]]:
    links = AssignmentIndicator.objects.filter(
        assignment__plan=plan,
        assignment__role=Assignment.Role.LEAD,
        assignment__agency__isnull=False,
    ).values_list("assignment__agency_id", "indicator_id")
    by_agency: dict[int, set[int]] = {}
    for agency_id, indicator_id in links:
        by_agency.setdefault(agency_id, set()).add(indicator_id)
    parts = Part.objects.filter(indicator__plan=plan).select_related("indicator")
    parts = list(parts.prefetch_related("targets").order_by("indicator__position", "number"))
    return {a: [p for p in parts if p.indicator_id in ids] for a, ids in by_agency.items()}


def _fill(plan: Plan, agency_id: int, parts: list[Part], step: int, code: str, actor) -> int:
    period = ReportingPeriod.objects.filter(plan=plan, code=code).first()
    if period is None:
        return 0
    sub = Submission.objects.filter(period=period, agency_id=agency_id).first()
    if sub is not None and sub.status not in OPEN:
        return 0
    rng = random.Random(f"{plan.org_unit.code}-{agency_id % 97}-{code}")
    if sub is None:
        sub = submission_open(period=period, agency=Agency.objects.get(pk=agency_id), actor=actor)
    scale = 1 if plan.level == "commune" else 25
    entries = [e for part in parts for e in demo_entries(part, rng, step, scale)]
    summary = values_save(submission=sub, entries=entries, actor=actor)
    if summary.ok and (step < 2 or rng.random() < 0.5) and rng.random() < 0.9:
        submission_submit(submission=sub, actor=actor)
    return 1


def _goal(part: Part) -> Decimal:
    values = [t.value for t in part.targets.all() if t.value is not None]
    return values[-1] if values else Decimal(50)


def demo_entries(part: Part, rng: random.Random, step: int, scale: int) -> list[ValueEntry]:
    """Figures for one part: heading towards the target, with noise."""
    code, number = part.indicator.code, part.number
    if part.measure == Part.Measure.BOOL:
        value = Decimal(1 if step >= 1 or rng.random() < 0.4 else 0)
        return [ValueEntry(code, number, "", value=value, comment=COMMENT)]
    if part.measure == Part.Measure.VALUE:
        if part.unit == "times":
            value = Decimal("1.85") - Decimal("0.08") * step + Decimal(rng.randint(-3, 3)) / 100
        else:
            value = Decimal(rng.randint(2, 8))
        return [ValueEntry(code, number, "", value=value, comment=COMMENT)]
    sexes = ("female", "male") if part.is_by_sex else ("",)
    return [
        ValueEntry(code, number, sex, *_ratio(part, rng, step, scale), comment=COMMENT)
        for sex in sexes
    ]


def _ratio(part: Part, rng: random.Random, step: int, scale: int) -> tuple[Decimal, Decimal]:
    noise = Decimal(rng.randint(-40, 40)) / 1000
    if part.unit == "boys_per_100_girls":
        girls = rng.randint(150, 400) * scale
        return Decimal(round(girls * (Decimal("1.13") - Decimal("0.01") * step + noise / 4))), (
            Decimal(girls)
        )
    if part.unit == "per_100000_live_births":
        births = rng.randint(300, 900) * scale
        return Decimal(rng.randint(0, 1) * max(1, scale // 12)), Decimal(births)
    if part.unit == "per_1000_women":
        women = rng.randint(300, 800) * scale
        rate = Decimal("0.024") - Decimal("0.002") * step + noise / 20
        return Decimal(round(women * rate)), Decimal(women)
    goal = min(_goal(part), Decimal(100)) / 100
    trend = random.Random(f"{part.indicator.code}#{part.number}")  # same slope in every unit
    slope = Decimal(trend.randint(-15, 60)) / 1000
    share = goal * (Decimal("0.62") + slope * step + noise)
    share = min(max(share, Decimal(0)), Decimal(1))
    den = rng.randint(12, 120) * scale
    return Decimal(round(den * share)), Decimal(den)
