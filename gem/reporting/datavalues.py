"""Figures by key (plan, org unit, period, indicator, part, sex): the API's upsert and export.

The agency a figure belongs to comes from who posts it (see docs/reporting.md, "API"):
a reporter's own agency; for a consolidator or admin, the one lead agency assigned the
indicator, or the agency the request names. All or nothing: one refused value and nothing of
the request is stored.
"""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _

from gem.core.errors import NotFound, PermissionDenied, ValidationError
from gem.orgs import access
from gem.orgs.models import Agency, OrgUnit
from gem.orgs.selectors import orgunit_get_for_user
from gem.plans.models import Plan
from gem.reporting import rules
from gem.reporting.models import DataValue, ReportingPeriod, Submission
from gem.reporting.values import SaveSummary, ValueEntry, values_save
from gem.reporting.workflow import submission_open

FIGURES = ("numerator", "denominator", "value")
SEX_IN = {None: "", "": "", "total": "", "female": "female", "male": "male"}


def sex_out(sex: str) -> str | None:
    return sex or None


@dataclass
class Partial:
    """One row as posted: figures absent from `given` keep what is stored."""

    indicator: str
    part: int
    sex: str
    given: dict = field(default_factory=dict)  # numerator/denominator/value/comment -> value


def resolve_target(*, user, plan_id, unit_code, period_code) -> tuple:
    """(plan, unit, period) the user may read; NotFound for unknown or unreadable ones."""
    plan_id = as_id(plan_id, "plan")
    plan = Plan.objects.filter(pk=plan_id, is_deleted=False).select_related("org_unit").first()
    if plan is None or not access.can_read_unit(user, plan.org_unit):
        raise NotFound(_("Plan %(id)s not found.") % {"id": plan_id})
    unit = orgunit_get_for_user(code=str(unit_code), user=user)
    if unit.pk != plan.org_unit_id:
        raise ValidationError(
            _("Plan %(id)s belongs to %(unit)s, not to unit %(code)s.")
            % {"id": plan.pk, "unit": plan.org_unit.name, "code": unit_code},
            field="orgUnit",
        )
    period = ReportingPeriod.objects.filter(plan=plan, code=str(period_code).strip()).first()
    if period is None:
        raise NotFound(_("Period %(code)s not found in this plan.") % {"code": period_code})
    return plan, unit, period


def as_id(raw, where: str) -> int:
    """A database id from a JSON or query value ("12" or 12)."""
    if isinstance(raw, bool) or not str(raw).strip().isdigit():
        raise ValidationError(_("An id (a whole number) is expected."), field=where)
    return int(str(raw).strip())


def to_decimal(raw, where: str) -> Decimal | None:
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise ValidationError(_("A number is expected."), field=where)
    try:
        number = Decimal(str(raw).strip()) if not isinstance(raw, Decimal) else raw
    except InvalidOperation:
        raise ValidationError(_("A number is expected."), field=where) from None
    if not number.is_finite():
        raise ValidationError(_("A number is expected."), field=where)
    return number


def parse_values(items) -> list[Partial]:
    """The "values" list of POST /datavalues, shape-checked."""
    if not isinstance(items, list) or not items:
        raise ValidationError(_("Give a non-empty list of values."), field="values")
    out = []
    for i, item in enumerate(items):
        where = f"values.{i}"
        if not isinstance(item, dict) or not str(item.get("indicator") or "").strip():
            raise ValidationError(_("Each value needs an indicator."), field=f"{where}.indicator")
        part = item.get("part", 0)
        if isinstance(part, bool) or not isinstance(part, int) or part < 0:
            raise ValidationError(_("The part is a number from 0."), field=f"{where}.part")
        sex = item.get("sex")
        if not isinstance(sex, str | None) or sex not in SEX_IN:
            raise ValidationError(_("Sex is female, male or omitted."), field=f"{where}.sex")
        given = {k: to_decimal(item[k], f"{where}.{k}") for k in FIGURES if k in item}
        if "comment" in item:
            given["comment"] = str(item["comment"] or "")[:2000]
        out.append(Partial(str(item["indicator"]).strip(), part, SEX_IN[sex], given))
    return out


def _agency_named(agency_id, unit: OrgUnit, user) -> Agency:
    agency_id = as_id(agency_id, "agency")
    agency = Agency.objects.filter(pk=agency_id, org_unit=unit).first()
    if agency is None:
        raise ValidationError(_("Unknown agency for this unit."), field="agency")
    if not rules.can_write(user, unit, agency):
        raise PermissionDenied(_("You may not enter figures for this agency."))
    return agency


def route(*, user, plan, unit, agency_id, partials: list[Partial]) -> tuple[dict, list]:
    """Which agency each row goes to: ({agency: [rows]}, [conflicts])."""
    if agency_id is not None:
        return {_agency_named(agency_id, unit, user): list(partials)}, []
    own = [a for a in access.reporter_agencies(user) if a.org_unit_id == unit.pk]
    manages = access.can_manage_unit(user, unit)
    if not own and not manages:
        raise PermissionDenied(_("You may not enter figures for this unit."))
    groups: dict[Agency, list] = {}
    conflicts = []
    lead_agencies = rules.lead_agencies_by_code(plan, {p.indicator for p in partials})
    for p in partials:
        leads = lead_agencies[p.indicator]
        choice = [a for a in own if a in leads] or (own[:1] if len(own) == 1 else [])
        if not own:
            choice = leads
        if len(choice) == 1:
            groups.setdefault(choice[0], []).append(p)
            continue
        if not choice:
            msg = _("No agency of yours is assigned indicator %(code)s as lead.") % {
                "code": p.indicator
            }
        else:
            msg = _('Several agencies lead indicator %(code)s; name one with "agency".') % {
                "code": p.indicator
            }
        conflicts.append(_item(p, "indicator", msg, "conflict"))
    return groups, conflicts


def _item(p: Partial, field_name: str, message: str, kind: str) -> dict:
    return {
        "indicator": p.indicator,
        "part": p.part,
        "sex": sex_out(p.sex),
        "field": field_name,
        "message": str(message),
        "kind": kind,
    }


def merge(sub: Submission, partials: list[Partial]) -> list[ValueEntry]:
    """Entries for values_save: what was posted over what is stored."""
    stored = {
        (dv.indicator_code, dv.part_number, dv.sex): dv
        for dv in DataValue.objects.filter(submission=sub)
    }
    out = []
    for p in partials:
        dv = stored.get((p.indicator, p.part, p.sex))
        current = {k: getattr(dv, k) if dv else None for k in (*FIGURES, "comment")}
        current["comment"] = current["comment"] or ""
        current.update(p.given)
        out.append(ValueEntry(indicator=p.indicator, part=p.part, sex=p.sex, **current))
    return out


@dataclass
class Outcome:
    summary: SaveSummary
    conflicts: list[dict]

    @property
    def status(self) -> str:
        return "ERROR" if self.conflicts else ("WARNING" if self.summary.warnings else "OK")

    @property
    def has_conflicts(self) -> bool:
        return any(c["kind"] == "conflict" for c in self.conflicts)


def save_partials(*, user, plan, unit, period, agency_id, partials, dry_run) -> Outcome:
    """Route, merge and save rows (within the caller's transaction); nothing kept on refusal."""
    total = SaveSummary(dry_run=dry_run)
    groups, conflicts = route(
        user=user, plan=plan, unit=unit, agency_id=agency_id, partials=partials
    )
    for agency, rows in groups.items():
        if (
            period.status == ReportingPeriod.Status.CLOSED
            and not Submission.objects.filter(period=period, agency=agency).exists()
        ):
            msg = _("The period %(code)s is closed for entry.") % {"code": period.code}
            conflicts += [_item(p, "", msg, "conflict") for p in rows]
            continue
        sub = submission_open(period=period, agency=agency, actor=user)
        summary = values_save(submission=sub, entries=merge(sub, rows), actor=user, dry_run=dry_run)
        conflicts += [
            {**c, "sex": sex_out(c["sex"]), "kind": "conflict"} for c in summary.conflicts
        ]
        conflicts += [{**c, "sex": sex_out(c["sex"]), "kind": "invalid"} for c in summary.errors]
        total.warnings += [{**w, "sex": sex_out(w["sex"])} for w in summary.warnings]
        for name in ("imported", "updated", "ignored", "deleted"):
            setattr(total, name, getattr(total, name) + getattr(summary, name))
    if conflicts:
        total.reject(len(partials))
    return Outcome(total, conflicts)


def datavalues_post(*, user, payload: dict, dry_run: bool = False) -> dict:
    """POST /api/v1/datavalues: upsert figures by key. Returns the import summary."""
    if not isinstance(payload, dict):
        raise ValidationError(_("The body must be a JSON object."), field="body")
    for key in ("plan", "orgUnit", "period"):
        if payload.get(key) in (None, ""):
            raise ValidationError(_("This field is required."), field=key)
    partials = parse_values(payload.get("values"))
    with transaction.atomic():
        plan, unit, period = resolve_target(
            user=user,
            plan_id=payload["plan"],
            unit_code=payload["orgUnit"],
            period_code=payload["period"],
        )
        outcome = save_partials(
            user=user,
            plan=plan,
            unit=unit,
            period=period,
            agency_id=payload.get("agency"),
            partials=partials,
            dry_run=dry_run,
        )
        if dry_run or outcome.conflicts:
            transaction.set_rollback(True)
    s = outcome.summary
    return {
        "status": outcome.status,
        "imported": s.imported,
        "updated": s.updated,
        "ignored": s.ignored,
        "deleted": s.deleted,
        "conflicts": outcome.conflicts,
        "warnings": s.warnings,
        "dryRun": dry_run,
    }


def datavalues_for_user(*, user, plan_id, unit_code, period_code) -> list[DataValue]:
    """The stored figures of a plan's period at a unit, as far as the user may see them."""
    _plan, unit, period = resolve_target(
        user=user, plan_id=plan_id, unit_code=unit_code, period_code=period_code
    )
    rows = (
        DataValue.objects.filter(period=period, org_unit=unit)
        .select_related("submission__agency", "org_unit")
        .order_by("indicator_code", "part_number", "sex", "submission__agency__name")
    )
    return [dv for dv in rows if rules.can_view(user, unit, dv.submission.agency)]
