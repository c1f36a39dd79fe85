"""Synthetic data set, part 4: what the imported plans ask for, read back in a few queries,
and the DataValue rows of one form."""

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from gem.plans.models import AssignmentIndicator, Part, Plan, Target
from gem.reporting.models import ReportingPeriod, Submission
from gem.reporting.services import periods_generate
from gem.web.synth_figures import PartSpec, Trend, figures, trend_for
from gem.web.synth_write import Progress

ROUTINE = (ReportingPeriod.Kind.SEMIANNUAL, ReportingPeriod.Kind.ANNUAL)


@dataclass(frozen=True)
class PeriodRow:
    id: int
    code: str
    kind: str
    year: int
    units_due_on: date


@dataclass
class PlanInfo:
    plan_id: int
    unit_id: int
    unit_code: str
    province_wide: bool
    periods: list[PeriodRow] = field(default_factory=list)
    reporters: dict[int, list[PartSpec]] = field(default_factory=dict)  # agency id -> parts
    trends: dict[tuple[int, int], Trend] = field(default_factory=dict)

    def current_period(self, today: date) -> PeriodRow | None:
        """The period being reported now: the first whose units' deadline is still ahead."""
        return next((p for p in self.periods if p.units_due_on >= today), None)


def periods_create(plan_ids: list[int], *, bar: Progress) -> None:
    for plan in Plan.objects.filter(pk__in=plan_ids).select_related("org_unit"):
        periods_generate(plan=plan)
        bar.advance()
    bar.close()


def load_plan_infos(plan_ids: list[int]) -> list[PlanInfo]:
    infos = {
        row["id"]: PlanInfo(
            plan_id=row["id"],
            unit_id=row["org_unit_id"],
            unit_code=row["org_unit__code"],
            province_wide=row["level"] == "province",
        )
        for row in Plan.objects.filter(pk__in=plan_ids).values(
            "id", "org_unit_id", "org_unit__code", "level"
        )
    }
    for p in ReportingPeriod.objects.filter(plan_id__in=plan_ids, kind__in=ROUTINE).order_by(
        "plan_id", "ends_on"
    ):
        due = p.units_due_on or p.ends_on
        infos[p.plan_id].periods.append(PeriodRow(p.id, p.code, p.kind, p.year, due))
    parts = _parts_by_indicator(plan_ids)
    links = AssignmentIndicator.objects.filter(
        assignment__plan_id__in=plan_ids, assignment__role="lead", assignment__agency__isnull=False
    ).order_by("assignment__plan_id", "assignment__position", "position")
    for plan_id, agency_id, indicator_id in links.values_list(
        "assignment__plan_id", "assignment__agency_id", "indicator_id"
    ):
        infos[plan_id].reporters.setdefault(agency_id, []).extend(parts.get(indicator_id, []))
    return [infos[pk] for pk in plan_ids]


def _parts_by_indicator(plan_ids: list[int]) -> dict[int, list[PartSpec]]:
    targets = {}
    for part_id, value, comparator in (
        Target.objects.filter(part__indicator__plan_id__in=plan_ids)
        .order_by("year", "position")
        .values_list("part_id", "value", "comparator")
    ):
        targets[part_id] = (value, comparator)  # the last target wins
    out: dict[int, list[PartSpec]] = {}
    for p in (
        Part.objects.filter(indicator__plan_id__in=plan_ids)
        .order_by("indicator_id", "number")
        .values("id", "indicator_id", "indicator__code", "number", "measure", "unit", "is_by_sex")
    ):
        value, comparator = targets.get(p["id"], (None, ">="))
        spec = PartSpec(
            id=p["id"],
            indicator_code=p["indicator__code"],
            number=p["number"],
            measure=p["measure"],
            unit=p["unit"],
            is_by_sex=p["is_by_sex"],
            target=value,
            comparator=comparator,
            counts_units=p["unit"] == "%" and not p["is_by_sex"],
        )
        out.setdefault(p["indicator_id"], []).append(spec)
    return out


def _trend(seed: int, info: PlanInfo, agency_id: int, part: PartSpec) -> Trend:
    key = (agency_id, part.id)
    trend = info.trends.get(key)
    if trend is None:
        rng = random.Random(f"{seed}:trend:{info.unit_code}:{agency_id}:{part.id}")
        trend = info.trends[key] = trend_for(part, province_wide=info.province_wide, rng=rng)
    return trend


def unit_rows(seed, info: PlanInfo, agency_id, period: PeriodRow, sub: Submission, y0, years):
    """DataValue rows (synth_write.VALUE_FIELDS order) of one form."""
    rng = random.Random(f"{seed}:values:{info.unit_code}:{agency_id}:{period.code}")
    half = period.kind == ReportingPeriod.Kind.SEMIANNUAL
    t = min(1.0, (period.year - y0 + (0.5 if half else 1.0)) / years)
    written = sub.submitted_at or datetime.combine(
        period.units_due_on - timedelta(days=10), time(9), tzinfo=timezone.get_current_timezone()
    )
    for part in info.reporters[agency_id]:
        trend = _trend(seed, info, agency_id, part)
        for fig in figures(part, trend, t, half, rng):
            yield (
                written,
                written,
                sub.pk,
                period.id,
                info.unit_id,
                part.id,
                part.indicator_code,
                part.number,
                period.code,
                fig.sex,
                fig.numerator,
                fig.denominator,
                fig.value,
                "",
            )
