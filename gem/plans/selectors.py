"""Reads of plans, access-checked, and the gem.plan/1 export."""

from django.db.models import Prefetch, Q, QuerySet

from gem.core.errors import NotFound
from gem.orgs import access
from gem.orgs.models import OrgUnit
from gem.plans.calc import number_for_json
from gem.plans.models import Assignment, Indicator, Objective, Part, Plan, Target
from gem.plans.planformat import FORMAT


def plan_list_for_user(*, user, org_unit: OrgUnit | None = None) -> QuerySet[Plan]:
    qs = Plan.objects.filter(is_deleted=False).select_related("org_unit", "parent")
    if org_unit is not None:
        qs = qs.filter(org_unit=org_unit)
    scope = access.unit_filter(user)
    if scope is not None:
        # Everyone who can sign in reads the national strategy, the frame of every plan.
        qs = qs.filter(scope | Q(is_builtin=True))
    return qs.order_by("-start_year", "id")


def plan_get_for_user(*, pk: int, user) -> Plan:
    plan = Plan.objects.filter(pk=pk, is_deleted=False).select_related("org_unit").first()
    if plan is None:
        raise NotFound(f"plan {pk}")
    if not plan.is_builtin and not access.can_read_unit(user, plan.org_unit):
        raise NotFound(f"plan {pk}")
    return plan


def plan_builtin_national() -> Plan | None:
    return Plan.objects.filter(is_builtin=True, level="national").order_by("id").first()


def plan_indicators(plan: Plan) -> QuerySet[Indicator]:
    return (
        Indicator.objects.filter(plan=plan)
        .select_related("objective")
        .prefetch_related(
            Prefetch(
                "parts",
                queryset=Part.objects.prefetch_related(
                    Prefetch("targets", queryset=Target.objects.order_by("position"))
                ),
            )
        )
        .order_by("objective__position", "position")
    )


def _with_extra(base: dict, extra: dict) -> dict:
    out = dict(base)
    for key, value in (extra or {}).items():
        if not key.startswith("__"):
            out.setdefault(key, value)
    return out


def plan_export(plan: Plan) -> dict:
    """The plan as a gem.plan/1 document."""
    objectives = Objective.objects.filter(plan=plan).order_by("position")
    indicators = list(plan_indicators(plan))
    by_objective: dict[int, list] = {}
    for ind in indicators:
        by_objective.setdefault(ind.objective_id, []).append(ind)
    period = _with_extra(
        {"start": plan.start_year, "end": plan.end_year}, (plan.extra or {}).get("__period", {})
    )
    doc = {
        "format": FORMAT,
        "title": plan.title,
        "issuer": plan.issuer,
        "level": plan.level,
        "area": plan.area,
        "period": period,
        "legal_bases": list(plan.legal_bases or []),
        "parent": plan.parent_citation,
        "objectives": [
            _with_extra(
                {
                    "code": o.code,
                    "title": o.title,
                    "indicators": [_indicator_doc(i) for i in by_objective.get(o.pk, [])],
                },
                o.extra,
            )
            for o in objectives
        ],
        "assignments": _assignments_doc(plan),
        "reporting": [_duty_doc(d) for d in plan.duties.order_by("position")],
    }
    return _with_extra(doc, plan.extra)


def _indicator_doc(ind: Indicator) -> dict:
    targets = []
    for part in ind.parts.all():
        for t in part.targets.all():
            targets.append(
                (
                    t.position,
                    _with_extra(
                        {
                            "value": number_for_json(t.value),
                            "unit": t.unit,
                            "comparator": t.comparator,
                            "year": t.year,
                            "baseline": number_for_json(t.baseline),
                            "label": part.label,
                        },
                        t.extra,
                    ),
                )
            )
    targets.sort(key=lambda pair: pair[0])
    return _with_extra(
        {"code": ind.code, "text": ind.text, "targets": [t for _, t in targets]}, ind.extra
    )


def _assignments_doc(plan: Plan) -> list[dict]:
    out = []
    assignments = Assignment.objects.filter(plan=plan).prefetch_related("links__indicator")
    for a in assignments.order_by("position"):
        doc = {
            "agency": a.agency_name,
            "role": a.role,
            "indicators": [link.indicator.code for link in a.links.all()],
        }
        if a.note is not None:
            doc["note"] = a.note
        out.append(_with_extra(doc, a.extra))
    return out


def _duty_doc(d) -> dict:
    doc = {"kind": d.kind, "by": d.by, "due": d.due}
    if d.to is not None:
        doc["to"] = d.to
    return _with_extra(doc, d.extra)
