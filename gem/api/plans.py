import json

from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from gem.api.orgunits import Pagination
from gem.api.schemas import CreatedOut, ErrorOut, PlanOut
from gem.core.errors import ValidationError
from gem.orgs.selectors import orgunit_get_for_user
from gem.plans.models import Plan
from gem.plans.planformat import PlanDoc
from gem.plans.selectors import plan_export, plan_get_for_user, plan_list_for_user
from gem.plans.services import plan_import

router = Router()
ERR = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut}


def plan_out(plan: Plan) -> dict:
    return {
        "id": plan.pk,
        "title": plan.title,
        "level": plan.level,
        "orgUnit": plan.org_unit.code,
        "period": {"start": plan.start_year, "end": plan.end_year},
        "parent": plan.parent_id,
        "status": plan.status,
    }


class PlanFilter(Schema):
    orgUnit: str | None = None


@router.get("", response={200: list[PlanOut], **ERR})
@paginate(Pagination)
def list_plans(request, filters: Query[PlanFilter]):
    unit = (
        orgunit_get_for_user(code=filters.orgUnit, user=request.user) if filters.orgUnit else None
    )
    return [plan_out(p) for p in plan_list_for_user(user=request.user, org_unit=unit)]


class CreatePlanQuery(Schema):
    orgUnit: str
    parent: int | None = None


@router.post(
    "",
    response={201: CreatedOut, **ERR},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": PlanDoc.model_json_schema()}},
        }
    },
)
def create_plan(request, query: Query[CreatePlanQuery]):
    try:
        data = json.loads(request.body or b"")
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ValidationError(_("The body is not valid JSON."), field="body") from None
    unit = orgunit_get_for_user(code=query.orgUnit, user=request.user)
    parent = plan_get_for_user(pk=query.parent, user=request.user) if query.parent else None
    plan = plan_import(data=data, org_unit=unit, parent=parent, actor=request.user)
    return Status(201, {"id": plan.pk})


@router.get("/{int:plan_id}", response={200: dict, **ERR})
def get_plan(request, plan_id: int):
    return plan_export(plan_get_for_user(pk=plan_id, user=request.user))
