"""What a report is made of, read from the lower layers and returned as plain data.

Figures and assessments come from the analytics selector (rollups); completeness counts and the
names of late and missing units use analytics' own completeness queries, so the report and the
dashboard cannot disagree; narratives and the annex's per-unit figures come from the forms.
"""

from collections import defaultdict
from decimal import Decimal

from gem.analytics.completeness import expected_pairs, on_time_q, submitted_forms
from gem.analytics.selectors import progress_get
from gem.orgs.models import Agency, OrgUnit
from gem.plans.models import Objective
from gem.plans.selectors import plan_indicators
from gem.reporting.models import DataValue, Narrative

FIELDS = ("numerator", "denominator", "value")
SEX_KEYS = {"": "total", "female": "female", "male": "male"}


def plan_facts(plan) -> dict:
    return {
        "id": plan.pk,
        "title": plan.title,
        "number": plan.number,
        "issued_on": plan.issued_on,
        "issuer": plan.issuer,
        "start_year": plan.start_year,
        "end_year": plan.end_year,
    }


def objective_facts(plan, only_codes: set[str] | None = None) -> list[dict]:
    """The plan's objectives, indicators and parts with their targets, as plain data."""
    by_objective: dict[int, list] = defaultdict(list)
    for indicator in plan_indicators(plan):
        if only_codes is None or indicator.code in only_codes:
            by_objective[indicator.objective_id].append(_indicator(indicator))
    return [
        {"code": o.code, "title": o.title, "indicators": by_objective[o.pk]}
        for o in Objective.objects.filter(plan=plan).order_by("position")
        if by_objective[o.pk]
    ]


def _indicator(indicator) -> dict:
    parts = []
    for part in indicator.parts.all():
        targets = [
            {"year": t.year, "value": t.value, "unit": t.unit, "comparator": t.comparator}
            for t in part.targets.all()
        ]
        parts.append(
            {
                "number": part.number,
                "label": part.label,
                "unit": part.unit,
                "measure": part.measure,
                "factor": Decimal(part.factor),
                "is_by_sex": part.is_by_sex,
                "numerator_label": part.numerator_label,
                "denominator_label": part.denominator_label,
                "targets": targets,
            }
        )
    return {"code": indicator.code, "text": indicator.text, "parts": parts}


def progress(plan, org_unit, period_code: str) -> dict:
    return progress_get(plan=plan, org_unit=org_unit, period_code=period_code)


def completeness(org_unit: OrgUnit, period_code: str, agency: Agency | None) -> dict:
    """Counts as analytics counts them, plus the names of late and missing units."""
    pairs = set(expected_pairs(path=org_unit.path, period_code=period_code))
    forms = submitted_forms(path=org_unit.path, period_code=period_code)
    if agency is not None:
        pairs = {p for p in pairs if p[2] == agency.pk}
        forms = forms.filter(agency=agency)
    done = {
        (plan_id, agency_id): on_time
        for plan_id, agency_id, on_time in forms.annotate(**_on_time()).values_list(
            "period__plan_id", "agency_id", "is_on_time"
        )
    }
    names = _agency_names({p[2] for p in pairs} | {a for _, a in done}, org_unit)
    expected = [(plan_id, agency_id) for _, plan_id, agency_id in sorted(pairs)]
    late = sorted({names[a] for (p, a), ok in done.items() if not ok})
    missing = sorted({names[a] for p, a in expected if (p, a) not in done})
    return {
        "expected": len(expected),
        "submitted": len(done),
        "on_time": sum(1 for ok in done.values() if ok),
        "late": late,
        "missing": missing,
    }


def _on_time() -> dict:
    from django.db.models import BooleanField, Case, Value, When

    return {
        "is_on_time": Case(
            When(on_time_q(), then=Value(True)), default=Value(False), output_field=BooleanField()
        )
    }


def _agency_names(ids: set[int], report_unit: OrgUnit) -> dict[int, str]:
    agencies = Agency.objects.filter(pk__in=ids).select_related("org_unit")
    return {a.pk: unit_label(a, report_unit) for a in agencies}


def unit_label(agency: Agency, report_unit: OrgUnit) -> str:
    """ "Sở Y tế" for the report unit's own agencies; "Xã Hoằng Hóa" for a unit below."""
    if agency.org_unit_id == report_unit.pk:
        return agency.name
    return agency.org_unit.name


def narratives(org_unit: OrgUnit, period_code: str, agency: Agency | None) -> dict:
    """{objective code: [{"source", "text"}]} written by the units in the subtree."""
    qs = Narrative.objects.filter(
        submission__period__code=period_code,
        submission__org_unit__path__startswith=org_unit.path,
    ).exclude(text="")
    if agency is not None:
        qs = qs.filter(submission__agency=agency)
    qs = qs.select_related("submission__agency__org_unit").order_by(
        "submission__org_unit__path", "submission__agency__name"
    )
    out: dict[str, list] = defaultdict(list)
    for item in qs:
        source = unit_label(item.submission.agency, org_unit)
        out[item.objective_code].append({"source": source, "text": item.text.strip()})
    return dict(out)


def annex_rows(org_unit: OrgUnit, period_code: str, agency: Agency | None) -> dict:
    """{(indicator code, part): [{"unit", "total", "female", "male"}]}: each form's figures."""
    qs = DataValue.objects.filter(period_code=period_code, org_unit__path__startswith=org_unit.path)
    if agency is not None:
        qs = qs.filter(submission__agency=agency)
    rows = qs.values_list(
        "indicator_code",
        "part_number",
        "sex",
        "submission_id",
        "submission__agency_id",
        "org_unit__path",
        *FIELDS,
    ).order_by("org_unit__path", "submission__agency__name", "submission_id")
    forms: dict[tuple, dict] = {}
    agency_ids = set()
    for code, part, sex, form_id, agency_id, _path, *figures in rows:
        entry = forms.setdefault((code, part, form_id), {"agency": agency_id})
        entry[SEX_KEYS.get(sex, "total")] = dict(zip(FIELDS, figures, strict=True))
        agency_ids.add(agency_id)
    names = _agency_names(agency_ids, org_unit)
    out: dict[tuple, list] = defaultdict(list)
    for (code, part, _form), entry in forms.items():
        out[(code, part)].append({"unit": names[entry.pop("agency")], **entry})
    return dict(out)
