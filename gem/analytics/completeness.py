"""Completeness and timeliness: forms expected (one per lead agency × period), submitted, on time.

Counted from the forms themselves with two aggregate queries per scope: the number of forms per
period is small (one per agency), unlike the figures, which are read from rollups.
"""

from django.db.models import Count, Exists, F, OuterRef, Q

from gem.orgs.models import OrgUnit
from gem.plans.models import Assignment
from gem.reporting.models import Submission

DONE = (Submission.Status.SUBMITTED, Submission.Status.APPROVED)


def expected_pairs(*, path: str, period_code: str):
    """(plan org unit path, agency id) of every form expected in the subtree for the period."""
    return (
        Assignment.objects.filter(
            role=Assignment.Role.LEAD,
            agency__isnull=False,
            plan__is_deleted=False,
            plan__org_unit__path__startswith=path,
            plan__periods__code=period_code,
        )
        .values_list("plan__org_unit__path", "plan_id", "agency_id")
        .distinct()
    )


def _lead_here():
    return Exists(
        Assignment.objects.filter(
            plan_id=OuterRef("period__plan_id"),
            agency_id=OuterRef("agency_id"),
            role=Assignment.Role.LEAD,
        )
    )


def on_time_q() -> Q:
    return Q(period__units_due_on__isnull=True) | Q(
        submitted_at__date__lte=F("period__units_due_on")
    )


def submitted_forms(*, path: str, period_code: str):
    return Submission.objects.filter(
        _lead_here(),
        period__code=period_code,
        period__plan__is_deleted=False,
        org_unit__path__startswith=path,
        status__in=DONE,
    )


def completeness_get(*, org_unit: OrgUnit, period_code: str) -> dict:
    """{"expected", "submitted", "onTime"} for the unit's whole subtree (two queries)."""
    if not period_code:
        return {"expected": 0, "submitted": 0, "onTime": 0}
    expected = expected_pairs(path=org_unit.path, period_code=period_code).count()
    counts = submitted_forms(path=org_unit.path, period_code=period_code).aggregate(
        submitted=Count("pk"), on_time=Count("pk", filter=on_time_q())
    )
    return {"expected": expected, "submitted": counts["submitted"], "onTime": counts["on_time"]}


def completeness_by_child(*, org_unit: OrgUnit, period_code: str) -> list[dict]:
    """One row per unit directly below (and one for the unit's own agencies), rolled up."""
    children = list(OrgUnit.objects.filter(parent=org_unit, valid_to__isnull=True).order_by("code"))
    rows = {org_unit.path: _row(org_unit, own=True)}
    for child in children:
        rows[child.path] = _row(child)

    def bucket(path: str):
        if path == org_unit.path:
            return rows[org_unit.path]
        for child in children:
            if path.startswith(child.path):
                return rows[child.path]
        return None

    for path, _plan, _agency in expected_pairs(path=org_unit.path, period_code=period_code):
        if (row := bucket(path)) is not None:
            row["expected"] += 1
    forms = submitted_forms(path=org_unit.path, period_code=period_code).annotate(
        in_time=Count("pk", filter=on_time_q())
    )
    for path, in_time in forms.values_list("org_unit__path", "in_time"):
        if (row := bucket(path)) is not None:
            row["submitted"] += 1
            row["onTime"] += 1 if in_time else 0
    return [r for r in rows.values() if r["expected"] or r["submitted"]]


def _row(unit: OrgUnit, own: bool = False) -> dict:
    return {"unit": unit, "own": own, "expected": 0, "submitted": 0, "onTime": 0}
