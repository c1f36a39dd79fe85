from ninja import Schema

ERRORS = {400: dict, 401: dict, 403: dict, 404: dict}


class ErrorOut(Schema):
    message: str
    detail: object | None = None


class OrgUnitOut(Schema):
    code: str
    name: str
    level: str
    parent: str | None

    @staticmethod
    def resolve_parent(obj) -> str | None:
        return obj.parent.code if obj.parent else None


class PeriodOut(Schema):
    start: int
    end: int


class PlanOut(Schema):
    id: int
    title: str
    level: str
    orgUnit: str
    period: PeriodOut
    parent: int | None
    status: str


class CreatedOut(Schema):
    id: int
