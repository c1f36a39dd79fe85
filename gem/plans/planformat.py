"""The plan interchange format `gem.plan/1`: shape checks with one-line errors.

`parse_plan_document(data)` returns a `PlanDoc` or raises `FormatError` naming the field, e.g.
"objectives[0].indicators[1].targets[0].unit: must be one of %, times, ...".
Keys the format does not define are kept (`extra="allow"`) so export(import(x)) keeps them.
"""

import re
from decimal import Decimal
from typing import Any, Literal

from django.utils.translation import gettext as _
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from gem.core.errors import FormatError

FORMAT = "gem.plan/1"
UNITS = (
    "%",
    "times",
    "per_100000_live_births",
    "per_1000_women",
    "boys_per_100_girls",
    "items_per_quarter",
    "items_per_month",
    "count",
    "bool",
)
COMPARATORS = (">=", ">", "<=", "<", "=")
LEVELS = ("national", "province", "district", "commune", "agency")
DUTY_KINDS = ("semiannual", "annual", "midterm", "final", "adhoc", "plan")
DUE_PATTERN = re.compile(r"^(\d{2}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4})$")
Year = Field(ge=1900, le=2200)


class _Doc(BaseModel):
    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)


class TargetDoc(_Doc):
    value: Decimal | None = Field(allow_inf_nan=False, max_digits=14, decimal_places=4)
    unit: Literal[UNITS]
    comparator: Literal[COMPARATORS]
    year: int = Year
    baseline: Decimal | None = Field(
        default=None, allow_inf_nan=False, max_digits=14, decimal_places=4
    )
    label: str | None = Field(default=None, max_length=255)

    @model_validator(mode="after")
    def _value_unless_bool(self):
        if self.value is None and self.unit != "bool":
            raise ValueError(_("value: required unless the unit is bool"))
        return self


class IndicatorDoc(_Doc):
    code: str = Field(min_length=1, max_length=16)
    text: str = ""
    targets: list[TargetDoc] = []


class ObjectiveDoc(_Doc):
    code: str = Field(min_length=1, max_length=16)
    title: str = ""
    indicators: list[IndicatorDoc] = []


class AssignmentDoc(_Doc):
    agency: str = Field(min_length=1, max_length=200)
    role: Literal["lead", "support"]
    indicators: list[str] = []
    note: str | None = None


class DutyDoc(_Doc):
    kind: Literal[DUTY_KINDS]
    by: Literal["units", "consolidator"]
    due: str | None = Field(pattern=DUE_PATTERN.pattern)
    to: str | None = None


class PeriodDoc(_Doc):
    start: int = Year
    end: int = Year


class PlanDoc(_Doc):
    format: Literal["gem.plan/1"]
    title: str = Field(min_length=1)
    issuer: str = ""
    level: Literal[LEVELS]
    area: str = ""
    period: PeriodDoc
    legal_bases: list[str] = []
    parent: str | None = None
    objectives: list[ObjectiveDoc] = []
    assignments: list[AssignmentDoc] = []
    reporting: list[DutyDoc] = []


_MESSAGES = {
    "missing": lambda e: _("is required"),
    "literal_error": lambda e: _("must be one of %(choices)s") % {"choices": e["ctx"]["expected"]},
    "int_parsing": lambda e: _("must be a whole number"),
    "int_type": lambda e: _("must be a whole number"),
    "int_from_float": lambda e: _("must be a whole number"),
    "decimal_parsing": lambda e: _("must be a number"),
    "decimal_type": lambda e: _("must be a number"),
    "decimal_max_digits": lambda e: _("has too many digits"),
    "decimal_max_places": lambda e: _("has too many decimal places"),
    "finite_number": lambda e: _("must be a finite number"),
    "string_type": lambda e: _("must be text"),
    "string_too_short": lambda e: _("must not be empty"),
    "string_too_long": lambda e: _("is too long"),
    "string_pattern_mismatch": lambda e: _("must be MM-DD, YYYY-MM-DD or YYYY"),
    "list_type": lambda e: _("must be a list"),
    "model_type": lambda e: _("must be an object"),
    "dict_type": lambda e: _("must be an object"),
    "greater_than_equal": lambda e: _("must be at least %(min)s") % {"min": e["ctx"]["ge"]},
    "less_than_equal": lambda e: _("must be at most %(max)s") % {"max": e["ctx"]["le"]},
}


def _path(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or _("document")


def _first_error(exc: ValidationError) -> FormatError:
    err = exc.errors(include_url=False)[0]
    render = _MESSAGES.get(err["type"])
    message = render(err) if render else str(err["msg"]).removeprefix("Value error, ")
    return FormatError(message, field=_path(tuple(err["loc"])))


def parse_plan_document(data: Any) -> PlanDoc:
    """Check a decoded JSON document against gem.plan/1, including cross-references."""
    if not isinstance(data, dict):
        raise FormatError(_("a gem.plan/1 document must be a JSON object"), field="document")
    try:
        doc = PlanDoc.model_validate(data)
    except ValidationError as exc:
        raise _first_error(exc) from None
    _check_references(doc)
    return doc


def _check_references(doc: PlanDoc) -> None:
    if doc.period.end < doc.period.start:
        raise FormatError(_("end must not be before start"), field="period.end")
    codes: set[str] = set()
    for i, objective in enumerate(doc.objectives):
        for j, indicator in enumerate(objective.indicators):
            if indicator.code in codes:
                raise FormatError(
                    _("duplicate indicator code %(code)s") % {"code": indicator.code},
                    field=f"objectives[{i}].indicators[{j}].code",
                )
            codes.add(indicator.code)
    if len({o.code for o in doc.objectives}) != len(doc.objectives):
        raise FormatError(_("duplicate objective code"), field="objectives")
    for i, assignment in enumerate(doc.assignments):
        for j, code in enumerate(assignment.indicators):
            if code not in codes:
                raise FormatError(
                    _("unknown indicator %(code)s") % {"code": code},
                    field=f"assignments[{i}].indicators[{j}]",
                )
