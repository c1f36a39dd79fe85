"""Writes to plans: import a gem.plan/1 document, change status, correct a measure."""

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from gem.core import audit
from gem.core.errors import PermissionDenied, ValidationError
from gem.orgs.models import OrgUnit
from gem.orgs.selectors import require_manage
from gem.orgs.services import agency_ensure
from gem.plans import calc
from gem.plans.models import (
    Assignment,
    AssignmentIndicator,
    Indicator,
    Objective,
    Part,
    Plan,
    ReportingDuty,
    Target,
)
from gem.plans.planformat import IndicatorDoc, PlanDoc, parse_plan_document


@transaction.atomic
def plan_import(
    *,
    data: Any,
    org_unit: OrgUnit,
    actor=None,
    parent: Plan | None = None,
    is_demo: bool = False,
    status: str = Plan.Status.ACTIVE,
) -> Plan:
    """Create a plan from a gem.plan/1 document. All or nothing; raises FormatError."""
    require_manage(actor, org_unit)
    doc = parse_plan_document(data)
    if parent is not None and not org_unit.path.startswith(parent.org_unit.path):
        raise ValidationError(
            _("The parent plan must belong to this unit or a unit above it."), field="parent"
        )
    plan = Plan(
        title=doc.title,
        issuer=doc.issuer,
        level=doc.level,
        area=doc.area,
        org_unit=org_unit,
        start_year=doc.period.start,
        end_year=doc.period.end,
        legal_bases=doc.legal_bases,
        parent=parent,
        parent_citation=doc.parent,
        status=status,
        is_demo=is_demo,
        extra=_extras(doc, {"period": doc.period}),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    plan.full_clean()
    plan.save()
    indicators = _create_objectives(plan, doc)
    _create_assignments(plan, doc, indicators, actor)
    _create_duties(plan, doc)
    audit.record(
        actor=actor,
        action="plan.import",
        obj=plan,
        after={"title": plan.title, "indicators": len(indicators), "org_unit": org_unit.code},
    )
    return plan


def _extras(doc, nested: dict | None = None) -> dict:
    extra = dict(doc.model_extra or {})
    for key, sub in (nested or {}).items():
        if sub.model_extra:
            extra[f"__{key}"] = dict(sub.model_extra)
    return extra


def _create_objectives(plan: Plan, doc: PlanDoc) -> dict[str, Indicator]:
    indicators: dict[str, Indicator] = {}
    for pos, obj_doc in enumerate(doc.objectives):
        objective = Objective.objects.create(
            plan=plan,
            code=obj_doc.code,
            title=obj_doc.title,
            position=pos,
            extra=_extras(obj_doc),
        )
        for ind_pos, ind_doc in enumerate(obj_doc.indicators):
            indicator = Indicator.objects.create(
                plan=plan,
                objective=objective,
                code=ind_doc.code,
                text=ind_doc.text,
                position=ind_pos,
                extra=_extras(ind_doc),
            )
            _create_parts_and_targets(indicator, ind_doc)
            indicators[indicator.code] = indicator
    return indicators


def _create_parts_and_targets(indicator: Indicator, ind_doc: IndicatorDoc) -> None:
    parts: dict[str | None, Part] = {}
    for pos, t in enumerate(ind_doc.targets):
        part = parts.get(t.label)
        if part is None:
            spec = calc.infer_measure(t.unit, indicator.text)
            part = Part.objects.create(
                indicator=indicator,
                number=len(parts),
                label=t.label,
                unit=t.unit,
                measure=spec.measure,
                factor=spec.factor,
                is_by_sex=spec.is_by_sex,
            )
            parts[t.label] = part
        target = Target(
            part=part,
            position=pos,
            value=t.value,
            unit=t.unit,
            comparator=t.comparator,
            year=t.year,
            baseline=t.baseline,
            extra=_extras(t),
        )
        target.full_clean(exclude=["part"])
        target.save()


def _create_assignments(plan: Plan, doc: PlanDoc, indicators: dict, actor) -> None:
    for pos, a_doc in enumerate(doc.assignments):
        agency = agency_ensure(org_unit=plan.org_unit, name=a_doc.agency, actor=actor)
        assignment = Assignment.objects.create(
            plan=plan,
            agency_name=a_doc.agency,
            agency=agency,
            role=a_doc.role,
            note=a_doc.note,
            position=pos,
            extra=_extras(a_doc),
        )
        AssignmentIndicator.objects.bulk_create(
            AssignmentIndicator(assignment=assignment, indicator=indicators[code], position=i)
            for i, code in enumerate(dict.fromkeys(a_doc.indicators))
        )


def _create_duties(plan: Plan, doc: PlanDoc) -> None:
    ReportingDuty.objects.bulk_create(
        ReportingDuty(
            plan=plan, kind=d.kind, by=d.by, due=d.due, to=d.to, position=pos, extra=_extras(d)
        )
        for pos, d in enumerate(doc.reporting)
    )


@transaction.atomic
def plan_set_status(*, plan: Plan, status: str, actor) -> Plan:
    require_manage(actor, plan.org_unit)
    if plan.is_builtin:
        raise PermissionDenied(_("The national strategy cannot be changed."))
    if status not in Plan.Status.values:
        raise ValidationError(_("Unknown status."), field="status")
    before = plan.status
    plan.status = status
    plan.save(update_fields=["status", "updated_at"])
    audit.record(
        actor=actor,
        action="plan.status",
        obj=plan,
        before={"status": before},
        after={"status": status},
    )
    return plan


@transaction.atomic
def part_set_measure(*, part: Part, measure: str, factor, is_by_sex: bool, actor) -> Part:
    """Correct how a figure is formed for one indicator part."""
    plan = part.indicator.plan
    require_manage(actor, plan.org_unit)
    before = {"measure": part.measure, "factor": part.factor, "is_by_sex": part.is_by_sex}
    part.measure, part.factor, part.is_by_sex = measure, factor, is_by_sex
    part.full_clean()
    part.save(update_fields=["measure", "factor", "is_by_sex"])
    audit.record(
        actor=actor,
        action="part.measure",
        obj=part,
        before=before,
        after={"measure": measure, "factor": factor, "is_by_sex": is_by_sex},
    )
    return part


@transaction.atomic
def plan_delete(*, plan: Plan, actor) -> Plan:
    """Soft delete: the plan disappears from lists; nothing is removed from the database."""
    require_manage(actor, plan.org_unit)
    if plan.is_builtin:
        raise PermissionDenied(_("The national strategy cannot be changed."))
    plan.is_deleted = True
    plan.save(update_fields=["is_deleted", "updated_at"])
    audit.record(actor=actor, action="plan.delete", obj=plan)
    return plan
