from ninja import Field, Query, Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from gem.api.schemas import ErrorOut, OrgUnitOut
from gem.orgs.selectors import orgunit_get_for_user, orgunit_list_for_user

router = Router()


class OrgUnitFilter(Schema):
    parent: str | None = None


class Pagination(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(500, ge=1, le=5000)
        offset: int = Field(0, ge=0)


@router.get("", response={200: list[OrgUnitOut], 400: ErrorOut, 401: ErrorOut, 404: ErrorOut})
@paginate(Pagination)
def list_orgunits(request, filters: Query[OrgUnitFilter]):
    parent = (
        orgunit_get_for_user(code=filters.parent, user=request.user) if filters.parent else None
    )
    return orgunit_list_for_user(user=request.user, parent=parent)
