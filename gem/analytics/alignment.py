"""Plan alignment: a lower plan's targets against its parent plan's and the national strategy's.

For the consolidator reviewing commune or province plans: indicators missing, targets weaker
than the reference (direction-aware), targets due later, indicators nobody is assigned to lead.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from gem.analytics import progress
from gem.plans.models import Assignment, AssignmentIndicator, Plan, Target
from gem.plans.selectors import plan_builtin_national, plan_get_for_user, plan_indicators

KINDS = {
    "missing": _("Indicator missing"),
    "weaker": _("Target weaker"),
    "later": _("Due later"),
    "differs": _("Different level"),
    "unassigned": _("No lead agency"),
}
UP, DOWN = {">=", ">"}, {"<=", "<"}


@dataclass
class Issue:
    kind: str
    reference: str  # "parent", "national" or "" (the plan itself)
    ours: str = ""
    theirs: str = ""

    @property
    def label(self) -> str:
        return str(KINDS[self.kind])


@dataclass
class Row:
    code: str
    text: str
    issues: list[Issue] = field(default_factory=list)


def _targets(plan: Plan) -> tuple[dict, dict]:
    """code -> {part number -> [Target]}, code -> text."""
    out, texts = {}, {}
    for ind in plan_indicators(plan):
        texts[ind.code] = ind.text
        out[ind.code] = {p.number: list(p.targets.all()) for p in ind.parts.all()}
    return out, texts


def phrase(t: Target | None) -> str:
    if t is None:
        return "–"
    if t.unit == "bool":
        return f"{_('yes')} ({t.year})"
    return f"{t.comparator} {progress_number(t.value)} {t.unit} ({t.year})"


def progress_number(value) -> str:
    return format(value.normalize(), "f") if value is not None else ""


def compare(ref: Target, ours: list[Target]) -> tuple[str, Target | None] | None:
    """Why our targets fall short of `ref` ("weaker", "later", "differs"), or None."""
    if ref.unit == "bool" or ref.value is None:
        yes = [t for t in ours if t.unit == "bool"]
        if not yes:
            return ("weaker", None)
        first = min(yes, key=lambda t: t.year)
        return ("later", first) if first.year > ref.year else None
    same_way = [
        t for t in ours if _way(t.comparator) == _way(ref.comparator) and t.value is not None
    ]
    if not same_way:
        return ("weaker", ours[0] if ours else None)
    goal = progress.Goal(ref.value, ref.comparator, ref.year, ref.unit)
    good = [t for t in same_way if _as_strict(t, goal)]
    if any(t.year <= ref.year for t in good):
        return None
    if good:
        return ("later", min(good, key=lambda t: t.year))
    closest = max(same_way, key=lambda t: t.year)
    return ("differs" if ref.comparator == "=" else "weaker", closest)


def _way(comparator: str) -> str:
    return "up" if comparator in UP else "down" if comparator in DOWN else "eq"


def _as_strict(ours: Target, ref: progress.Goal) -> bool:
    if ref.comparator == "=":
        return progress.meets(ours.value, ref)
    if ref.comparator in UP:
        return ours.value >= ref.value
    return ours.value <= ref.value


def plan_alignment(plan: Plan) -> dict:
    """{"plan", "references": [(name, plan)], "rows": [Row], "counts": {kind: n}}.

    Reference targets due before this plan starts (the national 2025 targets for a 2026-2030
    plan) are not compared.
    """
    references = []
    if plan.parent_id and not plan.parent.is_deleted:
        references.append(("parent", plan.parent))
    national = plan_builtin_national()
    if national and national.pk not in (plan.pk, plan.parent_id):
        references.append(("national", national))
    ours, texts = _targets(plan)
    rows = {code: Row(code, text) for code, text in texts.items()}
    for name, ref in references:
        theirs, their_texts = _targets(ref)
        for code, parts in theirs.items():
            parts = {n: [t for t in ts if t.year >= plan.start_year] for n, ts in parts.items()}
            if not any(parts.values()):
                continue  # only targets due before this plan starts
            _compare_indicator(rows, name, code, their_texts[code], parts, ours.get(code))
    lead = set(
        AssignmentIndicator.objects.filter(
            assignment__plan=plan, assignment__role=Assignment.Role.LEAD
        ).values_list("indicator__code", flat=True)
    )
    for code in texts:
        if code not in lead:
            rows[code].issues.append(Issue("unassigned", ""))
    ordered = sorted(
        rows.values(), key=lambda r: [int(x) for x in r.code.split(".") if x.isdigit()]
    )
    counts = dict.fromkeys(KINDS, 0)
    for row in ordered:
        for issue in row.issues:
            counts[issue.kind] += 1
    summary = [(kind, KINDS[kind], n) for kind, n in counts.items()]
    return {
        "plan": plan,
        "references": references,
        "rows": ordered,
        "counts": counts,
        "summary": summary,
    }


def _compare_indicator(rows, name, code, text, parts, our_parts) -> None:
    if our_parts is None:
        row = rows.setdefault(code, Row(code, text))
        if not any(i.kind == "missing" for i in row.issues):
            row.issues.append(Issue("missing", name))
        return
    for number, ref_targets in parts.items():
        ours = our_parts.get(number, [])
        for ref in ref_targets:
            found = compare(ref, ours)
            if found:
                kind, our_target = found
                rows[code].issues.append(Issue(kind, name, phrase(our_target), phrase(ref)))


def code_key(code: str) -> list[int]:
    return [int(x) for x in code.split(".") if x.isdigit()]


def alignment_get_for_user(*, user, plan_id: int) -> dict:
    return plan_alignment(plan_get_for_user(pk=plan_id, user=user))
