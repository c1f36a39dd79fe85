"""Shared reporting rules: who may write or view a form, which parts an agency reports."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import F, Q

from gem.accounts.models import Role
from gem.orgs import access
from gem.orgs.models import Agency
from gem.plans.models import Assignment, AssignmentIndicator, Part
from gem.reporting.models import DataValue, ReportingPeriod, Submission
from gem.reporting.validation import Fig, PartRule

LEAD, SUPPORT = Assignment.Role.LEAD, Assignment.Role.SUPPORT
EDITABLE_STATUSES = {Submission.Status.DRAFT, Submission.Status.RETURNED}


@dataclass(frozen=True)
class AssignedPart:
    part: Part
    role: str  # "lead" or "support"

    @property
    def key(self) -> tuple[str, int]:
        return (self.part.indicator.code, self.part.number)


def part_rule(part: Part) -> PartRule:
    return PartRule(
        unit=part.unit, measure=part.measure, factor=Decimal(part.factor), is_by_sex=part.is_by_sex
    )


def fig_of(dv: DataValue | None) -> Fig | None:
    if dv is None:
        return None
    return Fig(numerator=dv.numerator, denominator=dv.denominator, value=dv.value)


def assigned_parts(plan, agency) -> dict[tuple[str, int], AssignedPart]:
    """The parts of the indicators assigned to the agency in the plan, in the plan's order.

    An agency both lead and support for one indicator reports it as lead.
    """
    links = (
        AssignmentIndicator.objects.filter(assignment__plan=plan, assignment__agency=agency)
        .select_related("assignment")
        .values_list("indicator_id", "assignment__role")
    )
    roles: dict[int, str] = {}
    for indicator_id, role in links:
        if roles.get(indicator_id) != LEAD:
            roles[indicator_id] = role
    parts = (
        Part.objects.filter(indicator_id__in=roles)
        .select_related("indicator__objective")
        .order_by("indicator__objective__position", "indicator__position", "number")
    )
    return {(p.indicator.code, p.number): AssignedPart(p, roles[p.indicator_id]) for p in parts}


def plan_agencies(plan) -> list:
    """Agencies holding any assignment in the plan."""
    return list(
        Agency.objects.filter(assignments__plan=plan, is_active=True)
        .distinct()
        .select_related("org_unit")
        .order_by("name")
    )


def lead_agencies(plan, indicator_code: str) -> list:
    return list(
        Agency.objects.filter(
            assignments__plan=plan,
            assignments__role=LEAD,
            assignments__links__indicator__code=indicator_code,
        ).distinct()
    )


def lead_agencies_by_code(plan, codes) -> dict[str, list]:
    """The lead agencies of each indicator code, for all codes in one query."""
    rows = (
        Agency.objects.filter(
            assignments__plan=plan,
            assignments__role=LEAD,
            assignments__links__indicator__code__in=set(codes),
        )
        .annotate(lead_code=F("assignments__links__indicator__code"))
        .distinct()
    )
    out: dict[str, list] = {code: [] for code in codes}
    for agency in rows:
        out[agency.lead_code].append(agency)
    return out


def can_write(user, unit, agency) -> bool:
    """Enter figures in this agency's form: its reporters, the consolidator above, admins."""
    return access.can_report_for(user, agency) or access.can_manage_unit(user, unit)


def can_review(user, unit) -> bool:
    return access.can_manage_unit(user, unit)


def reads_all_forms(user, unit) -> bool:
    """Roles reading every form of the unit (not only their own agency's)."""
    if access.reads_everything(user):
        return True
    paths = [
        g.org_unit.path
        for g in access.user_grants(user)
        if g.role in access.READ_SUBTREE_ROLES and g.org_unit
    ]
    return any(unit.path.startswith(p) for p in paths)


def can_view(user, unit, agency) -> bool:
    return can_write(user, unit, agency) or reads_all_forms(user, unit)


def own_agency_ids(user) -> set[int]:
    """Agencies the user's grants name (reporters; a consolidator's own department)."""
    return {
        g.agency_id
        for g in access.user_grants(user)
        if g.agency_id and g.role in (Role.REPORTER, Role.CONSOLIDATOR)
    }


def previous_periods(period: ReportingPeriod) -> dict[str, ReportingPeriod | None]:
    """The period figures are compared with: "any" (the one just before) and "same" kind.

    Shares and rates (ratio measures) compare with the period just before; counts and direct
    values with the previous period of the same kind (a 6-month count is not a year's).
    """
    earlier = list(
        ReportingPeriod.objects.filter(plan_id=period.plan_id, ends_on__lt=period.ends_on).order_by(
            "-ends_on", "-id"
        )
    )  # a plan has a few dozen periods at most: one query for both
    return {
        "any": earlier[0] if earlier else None,
        "same": next((p for p in earlier if p.kind == period.kind), None),
    }


def previous_figs(period, agency, parts: list[Part]) -> dict[tuple[int, str], Fig]:
    """Previous figures of the agency by (part id, sex), each part against its own period."""
    prev = previous_periods(period)
    cond = Q(pk__in=[])
    for part in parts:
        ref = prev["any"] if part.measure == Part.Measure.RATIO else prev["same"]
        if ref is not None:
            cond |= Q(period=ref, part=part)
    rows = DataValue.objects.filter(cond, submission__agency=agency)
    return {(dv.part_id, dv.sex): fig_of(dv) for dv in rows}
