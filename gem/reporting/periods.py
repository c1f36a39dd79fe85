"""Writes to reporting periods: generate them from a plan's duties, open and close them."""

from django.db import transaction
from django.utils.translation import gettext as _

from gem.core import audit
from gem.core.errors import PermissionDenied, ValidationError
from gem.orgs import access
from gem.plans.models import Plan
from gem.reporting import calc
from gem.reporting.models import ReportingPeriod

_FIELDS = ("kind", "year", "starts_on", "ends_on", "units_due_on", "consolidator_due_on")


def _require_manage(actor, plan: Plan) -> None:
    if actor is not None and not access.can_manage_unit(actor, plan.org_unit):
        raise PermissionDenied(_("Only the consolidator can manage reporting periods."))


def plan_period_specs(plan: Plan) -> list[calc.PeriodSpec]:
    duties = [calc.Duty(kind=d.kind, by=d.by, due=d.due) for d in plan.duties.all()]
    try:
        return calc.plan_periods(
            start_year=plan.start_year, end_year=plan.end_year, duties=duties, extra=plan.extra
        )
    except ValueError as exc:
        raise ValidationError(
            _("The plan's reporting cut-off is not valid: %(error)s") % {"error": exc},
            field="reporting_cutoff",
        ) from exc


@transaction.atomic
def periods_generate(*, plan: Plan, actor=None) -> list[ReportingPeriod]:
    """Create (or bring up to date) the plan's periods from its duties. Rerunnable.

    An existing period keeps its status; its window and deadlines follow the plan.
    """
    _require_manage(actor, plan)
    existing = {p.code: p for p in ReportingPeriod.objects.select_for_update().filter(plan=plan)}
    out = []
    for spec in plan_period_specs(plan):
        period = existing.get(spec.code)
        if period is None:
            period = ReportingPeriod(plan=plan, code=spec.code)
            before = None
        else:
            before = {f: getattr(period, f) for f in _FIELDS}
        after = {f: getattr(spec, f) for f in _FIELDS}
        if before != after:
            for name, value in after.items():
                setattr(period, name, value)
            period.full_clean()
            period.save()
            action = "period.create" if before is None else "period.update"
            audit.record(actor=actor, action=action, obj=period, before=before, after=after)
        out.append(period)
    return out


@transaction.atomic
def plan_cutoff_set(*, plan: Plan, cutoff: dict, actor) -> Plan:
    """Set the plan's data cut-off windows, e.g. {"annual": {"from": "12-01", "to": "11-30"}}.

    Stored in plan.extra["reporting_cutoff"] (exported with the plan as a gem.plan/1 key).
    Regenerate the periods afterwards to apply it.
    """
    _require_manage(actor, plan)
    extra = dict(plan.extra or {})
    before = extra.get("reporting_cutoff")
    extra["reporting_cutoff"] = cutoff
    try:
        calc.cutoff_config(extra)
    except ValueError as exc:
        raise ValidationError(
            _("The reporting cut-off is not valid: %(error)s") % {"error": exc},
            field="reporting_cutoff",
        ) from exc
    plan.extra = extra
    plan.save(update_fields=["extra", "updated_at"])
    audit.record(
        actor=actor,
        action="plan.cutoff_set",
        obj=plan,
        before={"cutoff": before},
        after={"cutoff": cutoff},
    )
    return plan


def _period_set_status(*, period: ReportingPeriod, status: str, actor) -> ReportingPeriod:
    period = (
        ReportingPeriod.objects.select_for_update()
        .select_related("plan__org_unit")
        .get(pk=period.pk)
    )
    if actor is None or not access.can_manage_unit(actor, period.plan.org_unit):
        raise PermissionDenied(_("Only the consolidator can open or close a period."))
    before = period.status
    if before == status:
        return period
    period.status = status
    period.save(update_fields=["status", "updated_at"])
    action = "period.close" if status == ReportingPeriod.Status.CLOSED else "period.open"
    audit.record(
        actor=actor, action=action, obj=period, before={"status": before}, after={"status": status}
    )
    return period


@transaction.atomic
def period_close(*, period: ReportingPeriod, actor) -> ReportingPeriod:
    """Close a period for entry: no figure of it can change until it is opened again."""
    return _period_set_status(period=period, status=ReportingPeriod.Status.CLOSED, actor=actor)


@transaction.atomic
def period_open(*, period: ReportingPeriod, actor) -> ReportingPeriod:
    return _period_set_status(period=period, status=ReportingPeriod.Status.OPEN, actor=actor)
