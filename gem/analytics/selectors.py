"""Reads for dashboards, the API and the documents: figures come ONLY from rollups.

`progress_get` answers the same dict as GET /api/v1/plans/{id}/progress. Its cost does not
depend on the size of the unit: a commune and the nation read the same number of rows (one
unit's rollup rows) with the same queries.
"""

import re

from django.utils.translation import gettext as _

from gem.analytics import calc, progress
from gem.analytics.completeness import completeness_get
from gem.analytics.figures import SEXES, PartRule, RowIndex, goals, period_sort_key, points
from gem.analytics.models import Rollup
from gem.core.errors import NotFound, ValidationError
from gem.orgs import access
from gem.orgs.models import OrgUnit
from gem.orgs.selectors import orgunit_get_for_user
from gem.plans.models import Plan
from gem.plans.selectors import plan_get_for_user, plan_indicators


def unit_rows(org_unit: OrgUnit, codes) -> RowIndex:
    return RowIndex(Rollup.objects.filter(org_unit=org_unit, indicator_code__in=list(codes)))


def progress_get(*, plan: Plan, org_unit: OrgUnit, period_code: str) -> dict:
    """Every indicator part of the plan for the unit's subtree and period (the API's answer).

    {"plan", "orgUnit", "period", "indicators": [{"code", "parts": [{"part", "label", "value",
    "numerator", "denominator", "bySex", "targets", "status", "projection"}]}], "completeness"}
    """
    return progress_build(plan=plan, org_unit=org_unit, period_code=period_code, detail=False)


def progress_build(*, plan: Plan, org_unit: OrgUnit, period_code: str, detail: bool) -> dict:
    """progress_get's dict; with detail=True each part also carries what the pages show
    (series by period and sex, unit, aggregation note, the sum beside a direct figure)."""
    indicators = list(plan_indicators(plan))
    rows = unit_rows(org_unit, {i.code for i in indicators})
    out = []
    for indicator in indicators:
        parts = [
            part_dict(PartRule.of(part), part, rows, period_code, detail)
            for part in indicator.parts.all()
        ]
        entry = {"code": indicator.code, "parts": parts}
        if detail:
            entry.update(text=indicator.text, objective=indicator.objective.code)
        out.append(entry)
    return {
        "plan": plan.pk,
        "orgUnit": org_unit.code,
        "period": period_code,
        "indicators": out,
        "completeness": completeness_get(org_unit=org_unit, period_code=period_code),
    }


def reading_dict(reading: calc.Reading | None) -> dict | None:
    if reading is None or (reading.value is None and reading.denominator is None):
        return None
    return {
        "value": calc.json_number(calc.round2(reading.value)),
        "numerator": calc.json_number(reading.numerator),
        "denominator": calc.json_number(reading.denominator),
    }


def part_dict(rule: PartRule, part, rows: RowIndex, period_code: str, detail: bool) -> dict:
    reading = rule.read(rows.get(rule, period_code))
    series = rows.series(rule, until=period_code)
    assessment = assess(part, series, period_code)
    out = {
        "part": part.number,
        "label": part.label,
        "value": calc.json_number(calc.round2(reading.value)),
        "numerator": calc.json_number(reading.numerator),
        "denominator": calc.json_number(reading.denominator),
        "bySex": {s: reading_dict(rule.read(rows.get(rule, period_code, s))) for s in SEXES},
        "targets": [
            {"year": t.year, "value": calc.json_number(t.value), "comparator": t.comparator}
            for t in part.targets.all()
        ],
        "status": assessment.status,
        "projection": projection_dict(assessment.projection),
    }
    if detail:
        out.update(detail_dict(rule, part, rows, period_code, reading, assessment))
    return out


def assess(part, series, period_code: str) -> progress.Assessment:
    code = period_code or ""
    year = int(code[:4]) if code[:4].isdigit() else 0
    goal = progress.current_goal(goals(part), year)
    if goal is None:
        return progress.Assessment(progress.NOT_ENOUGH_DATA)
    return progress.assess(points(series), goal)


def projection_dict(projection: progress.Projection | None) -> dict | None:
    if projection is None:
        return None
    return {
        "year": projection.year,
        "value": calc.json_number(calc.round2(projection.value)),
        "meetsTarget": projection.meets_target,
    }


def detail_dict(rule, part, rows, period_code, reading, assessment) -> dict:
    periods = rows.periods(rule)
    total = dict(rows.series(rule))
    sex_series = {
        s: {code: rule.read(rows.get(rule, code, s)).value for code in periods} for s in SEXES
    }
    beside = rule.read_beside(rows.get(rule, period_code))
    return {
        "unit": part.unit,
        "measure": part.measure,
        "aggregation": str(rule.aggregation.note),
        "reports": reading.reports,
        "beside": reading_dict(beside),
        "assessment": assessment,
        "series": [
            {
                "period": code,
                "value": calc.json_number(calc.round2(total[code].value)),
                "female": calc.json_number(calc.round2(sex_series["female"][code])),
                "male": calc.json_number(calc.round2(sex_series["male"][code])),
            }
            for code in periods
        ],
    }


def periods_available(*, plan: Plan, org_unit: OrgUnit) -> list[str]:
    """Period codes to choose from: the plan's periods and those with figures for the unit."""
    codes = set(plan.periods.values_list("code", flat=True))
    codes |= set(
        Rollup.objects.filter(org_unit=org_unit).values_list("period_code", flat=True).distinct()
    )
    return sorted(codes, key=period_sort_key)


def period_latest_with_data(*, org_unit: OrgUnit, codes: list[str]) -> str | None:
    with_data = set(
        Rollup.objects.filter(org_unit=org_unit, sex="")
        .values_list("period_code", flat=True)
        .distinct()
    )
    found = [c for c in codes if c in with_data]
    return found[-1] if found else (codes[-1] if codes else None)


PERIOD_CODE = re.compile(r"^\d{4}(S1|S2|M|F)?$")


def progress_scope_for_user(
    *, user, plan_id: int, org_unit_code: str | None = None, period_code: str | None = None
) -> tuple[Plan, OrgUnit, str | None]:
    """The plan, org unit and period a user asks progress for, access-checked.

    Another unit's plan or unit: NotFound. The unit must lie in the plan's area (the national
    strategy covers every unit). No period given: the latest one with figures.
    """
    plan = plan_get_for_user(pk=plan_id, user=user)
    if org_unit_code:
        unit = orgunit_get_for_user(code=org_unit_code, user=user)
    else:
        unit = plan.org_unit
        if not access.can_read_unit(user, unit):
            raise NotFound(f"org unit {unit.code}")
    if not unit.path.startswith(plan.org_unit.path):
        raise ValidationError(
            _("%(unit)s is outside the area of this plan.") % {"unit": unit.name},
            field="orgUnit",
        )
    codes = periods_available(plan=plan, org_unit=unit)
    if period_code:
        if not PERIOD_CODE.match(period_code) and period_code not in codes:
            raise ValidationError(
                _("Unknown period %(code)s (e.g. 2026S1, 2026).") % {"code": period_code},
                field="period",
            )
        return plan, unit, period_code
    return plan, unit, period_latest_with_data(org_unit=unit, codes=codes)
