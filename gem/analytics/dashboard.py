"""Reads for the dashboards, scoped to the user: which plan, unit and period to show, rankings.

Figures come from rollups; only the ranking of one unit's own agencies reads that unit's stored
values (a handful of rows, indexed by unit and period).
"""

from dataclasses import dataclass

from django.db.models import Q

from gem.analytics import calc, specs
from gem.analytics.figures import PartRule, pair_of
from gem.analytics.models import Rollup
from gem.analytics.selectors import period_latest_with_data, periods_available
from gem.core.errors import NotFound
from gem.orgs import access
from gem.orgs.models import OrgUnit
from gem.orgs.selectors import orgunit_get_by_code, orgunit_get_for_user
from gem.plans.models import Part, Plan
from gem.plans.selectors import plan_builtin_national, plan_get_for_user, plan_list_for_user
from gem.reporting.models import DataValue


@dataclass
class Scope:
    plan: Plan
    unit: OrgUnit
    period: str | None
    plans: list[Plan]
    periods: list[str]


def home_unit(user) -> OrgUnit:
    """The widest unit the user reads: the nation for the ministry, else its grant's unit."""
    if access.reads_everything(user):
        return orgunit_get_by_code("VN")
    units = [g.org_unit for g in access.user_grants(user) if g.org_unit]
    if not units:
        raise NotFound("org unit")
    return min(units, key=lambda u: (len(u.path), u.path))


def plan_for_unit(user, unit: OrgUnit) -> Plan | None:
    """The newest active plan of the unit or, failing that, of the nearest unit above it."""
    plans = [p for p in plan_list_for_user(user=user) if p.status == Plan.Status.ACTIVE]
    covering = [p for p in plans if unit.path.startswith(p.org_unit.path)]
    covering.sort(key=lambda p: (-len(p.org_unit.path), p.is_builtin, -p.start_year, p.pk))
    return covering[0] if covering else plan_builtin_national()


def dashboard_scope(*, user, plan_id=None, unit_code=None, period_code=None) -> Scope:
    unit = orgunit_get_for_user(code=unit_code, user=user) if unit_code else home_unit(user)
    plan = plan_get_for_user(pk=plan_id, user=user) if plan_id else None
    if plan is None or not unit.path.startswith(plan.org_unit.path):
        plan = plan_for_unit(user, unit)
    if plan is None:
        raise NotFound("plan")
    periods = periods_available(plan=plan, org_unit=unit)
    if period_code not in periods:
        period_code = period_latest_with_data(org_unit=unit, codes=periods)
    plans = [p for p in plan_list_for_user(user=user) if unit.path.startswith(p.org_unit.path)]
    return Scope(plan, unit, period_code, plans, periods)


def part_for(plan: Plan, code: str, number: int) -> Part:
    part = (
        Part.objects.filter(indicator__plan=plan, indicator__code=code, number=number)
        .select_related("indicator__objective")
        .prefetch_related("targets")
        .first()
    )
    if part is None:
        raise NotFound(f"indicator {code}")
    return part


@dataclass
class RankRow:
    name: str
    unit: OrgUnit | None
    total: calc.Reading
    female: calc.Reading
    male: calc.Reading
    is_agency: bool = False


def ranking(*, user, part: Part, unit: OrgUnit, period_code: str) -> list[RankRow]:
    """The units directly below (and units merged into this one), best first; one query."""
    rule = PartRule.of(part)
    cond = Q(org_unit__parent=unit, org_unit__valid_to__isnull=True) | Q(org_unit__successor=unit)
    rows = Rollup.objects.filter(
        cond, indicator_code=rule.code, part_number=rule.number, period_code=period_code
    ).select_related("org_unit")
    scope = access.unit_filter(user)
    if scope is not None:
        rows = rows.filter(scope)
    by_unit: dict[int, dict] = {}
    for row in rows:
        by_unit.setdefault(row.org_unit_id, {"unit": row.org_unit})[row.sex] = row
    out = [
        RankRow(
            d["unit"].name,
            d["unit"],
            rule.read(pair_of(d.get(""))),
            rule.read(pair_of(d.get("female"))),
            rule.read(pair_of(d.get("male"))),
        )
        for d in by_unit.values()
    ]
    return sorted(out, key=lambda r: (r.total.value is None, -(r.total.value or 0), r.name))


def agency_figures(*, part: Part, unit: OrgUnit, period_code: str) -> list[RankRow]:
    """What each agency of the unit itself reported (its own figures, before summing)."""
    rule = PartRule.of(part)
    values = DataValue.objects.filter(
        org_unit=unit,
        indicator_code=rule.code,
        part_number=rule.number,
        period_code=period_code,
    ).select_related("submission__agency")
    by_agency: dict[int, dict] = {}
    for dv in values:
        agency = dv.submission.agency
        by_agency.setdefault(agency.pk, {"name": agency.name})[dv.sex] = dv
    return [
        RankRow(d["name"], None, *(_read_one(rule, d.get(s)) for s in ("", "female", "male")), True)
        for d in by_agency.values()
    ]


def _read_one(rule: PartRule, dv: DataValue | None) -> calc.Reading:
    if dv is None:
        return calc.Reading(None)
    meets = specs.meets_condition(rule.code, rule.measure, dv.value)
    acc = calc.acc_of_report(dv.numerator, dv.denominator, dv.value, meets)
    factor = rule.factor if rule.measure == "ratio" else 1
    return calc.read(acc, calc.ZERO_ACC, kind=rule.aggregation.kind, is_direct=True, factor=factor)


def children_for_user(*, user, unit: OrgUnit) -> list[OrgUnit]:
    qs = OrgUnit.objects.filter(parent=unit, valid_to__isnull=True).order_by("code")
    return list(access.readable_units(user, qs))
