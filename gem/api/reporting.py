"""API routes for reporting (mounted under /api/v1/ by gem/api/urls.py).

POST/GET /datavalues (GEM's own shape) and POST/GET /dataValueSets (DHIS2's), GET /periods.
A refused import answers its summary with 409 (a conflict: unassigned indicator, closed period,
locked form, ambiguous agency) or 400 (invalid figures only); nothing of it is stored.
"""

import json
from decimal import Decimal

from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from gem.api.orgunits import Pagination
from gem.core.errors import ValidationError
from gem.plans.calc import number_for_json
from gem.plans.selectors import plan_get_for_user
from gem.reporting.datavalues import datavalues_for_user, datavalues_post
from gem.reporting.dhis2 import dhis2_export, dhis2_import
from gem.reporting.models import ReportingPeriod

router = Router()
ERR = {400: dict, 401: dict, 403: dict, 404: dict, 409: dict}
VALUE_SCHEMA = {
    "type": "object",
    "required": ["indicator"],
    "properties": {
        "indicator": {"type": "string", "example": "3.2"},
        "part": {"type": "integer", "minimum": 0, "default": 0},
        "sex": {"type": "string", "enum": ["female", "male"], "description": "omit for total"},
        "numerator": {"type": "number", "nullable": True},
        "denominator": {"type": "number", "nullable": True},
        "value": {"type": "number", "nullable": True},
        "comment": {"type": "string"},
    },
}
POST_SCHEMA = {
    "type": "object",
    "required": ["plan", "orgUnit", "period", "values"],
    "properties": {
        "plan": {"type": "integer"},
        "orgUnit": {"type": "string", "example": "38"},
        "period": {"type": "string", "example": "2026S1"},
        "agency": {"type": "integer", "description": "needed when several agencies lead"},
        "values": {"type": "array", "items": VALUE_SCHEMA},
    },
}


def _json_body(request) -> dict:
    try:
        return json.loads(request.body or b"", parse_float=Decimal)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ValidationError(_("The body is not valid JSON."), field="body") from None


class DryRun(Schema):
    dryRun: bool = False


class Target(Schema):
    plan: int
    orgUnit: str
    period: str


class Dhis2ImportQuery(Schema):
    plan: int | None = None
    dryRun: bool = False


@router.post(
    "/datavalues",
    response={200: dict, **ERR},
    openapi_extra={
        "requestBody": {"required": True, "content": {"application/json": {"schema": POST_SCHEMA}}}
    },
)
def post_datavalues(request, query: Query[DryRun]):
    summary = datavalues_post(user=request.user, payload=_json_body(request), dry_run=query.dryRun)
    if summary["status"] != "ERROR":
        return summary
    has_conflict = any(c.get("kind") == "conflict" for c in summary["conflicts"])
    return Status(409 if has_conflict else 400, summary)


def _value_out(dv) -> dict:
    return {
        "indicator": dv.indicator_code,
        "part": dv.part_number,
        "sex": dv.sex or None,
        "numerator": number_for_json(dv.numerator),
        "denominator": number_for_json(dv.denominator),
        "value": number_for_json(dv.value),
        "comment": dv.comment,
        "agency": dv.submission.agency_id,
        "agencyName": dv.submission.agency.name,
        "status": dv.submission.status,
        "updatedAt": dv.updated_at,
    }


@router.get("/datavalues", response={200: list[dict], **ERR})
@paginate(Pagination)
def get_datavalues(request, query: Query[Target]):
    rows = datavalues_for_user(
        user=request.user, plan_id=query.plan, unit_code=query.orgUnit, period_code=query.period
    )
    return [_value_out(dv) for dv in rows]


@router.get("/dataValueSets", response={200: dict, **ERR})
def get_data_value_sets(request, query: Query[Target]):
    return dhis2_export(
        user=request.user, plan_id=query.plan, unit_code=query.orgUnit, period_code=query.period
    )


@router.post("/dataValueSets", response={200: dict, **ERR})
def post_data_value_sets(request, query: Query[Dhis2ImportQuery]):
    summary = dhis2_import(
        user=request.user, plan_id=query.plan, payload=_json_body(request), dry_run=query.dryRun
    )
    return summary if summary["status"] != "ERROR" else Status(409, summary)


class PeriodQuery(Schema):
    plan: int


@router.get("/periods", response={200: list[dict], **ERR})
def get_periods(request, query: Query[PeriodQuery]):
    plan = plan_get_for_user(pk=query.plan, user=request.user)
    return [
        {
            "id": p.pk,
            "code": p.code,
            "kind": p.kind,
            "year": p.year,
            "startsOn": p.starts_on,
            "endsOn": p.ends_on,
            "unitsDueOn": p.units_due_on,
            "consolidatorDueOn": p.consolidator_due_on,
            "status": p.status,
        }
        for p in ReportingPeriod.objects.filter(plan=plan).order_by("ends_on", "code")
    ]
