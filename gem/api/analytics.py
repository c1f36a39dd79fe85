"""API routes for analytics (mounted under /api/v1/ by gem/api/urls.py)."""

from ninja import Field, Query, Router, Schema

from gem.analytics.selectors import progress_get, progress_scope_for_user
from gem.api.schemas import ErrorOut

router = Router()
ERR = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut}
Number = int | float | None


class FigureOut(Schema):
    value: Number
    numerator: Number
    denominator: Number


class TargetOut(Schema):
    year: int
    value: Number
    comparator: str


class ProjectionOut(Schema):
    year: int
    value: Number
    meetsTarget: bool


class PartOut(Schema):
    part: int
    label: str | None
    value: Number = Field(description="The aggregated figure, rounded to 2 decimals; null: none")
    numerator: Number
    denominator: Number
    bySex: dict[str, FigureOut | None]
    targets: list[TargetOut]
    status: str = Field(
        description="achieved, on_track, acceleration_needed, limited_progress, deterioration, "
        "not_enough_data, not_achieved (a yes/no target answered no); see docs/analytics.md"
    )
    projection: ProjectionOut | None


class IndicatorOut(Schema):
    code: str
    parts: list[PartOut]


class CompletenessOut(Schema):
    expected: int
    submitted: int
    onTime: int


class ProgressOut(Schema):
    plan: int
    orgUnit: str
    period: str | None
    indicators: list[IndicatorOut]
    completeness: CompletenessOut


class ProgressQuery(Schema):
    orgUnit: str | None = None
    period: str | None = None


@router.get("/plans/{int:plan_id}/progress", response={200: ProgressOut, **ERR})
def plan_progress(request, plan_id: int, query: Query[ProgressQuery]):
    """Progress of every indicator of the plan for an org unit's area and a period.

    Figures come from the rollups: the unit's whole subtree, whichever plan the units below
    reported under (figures are keyed by indicator code).
    """
    plan, unit, period = progress_scope_for_user(
        user=request.user, plan_id=plan_id, org_unit_code=query.orgUnit, period_code=query.period
    )
    return progress_get(plan=plan, org_unit=unit, period_code=period)
