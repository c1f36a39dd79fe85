"""What the draft review pages show: the source text cut at the evidence spans, and the plan's
items each with its anchor in that text and its open warnings.

The text is returned as plain segments; the template escapes them (a document's text is never
marked safe). Each distinct evidence span gets a number n: the page has `<mark id="ev-n">` at
its start and every item read from it links to `#ev-n`.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from gem.lib.numbers import format_vn_number
from gem.web.forms_ingest import BY_CHOICES, KIND_CHOICES, LEVEL_CHOICES, ROLE_CHOICES, UNIT_CHOICES

WARNING_TEXT = {
    "not found in the document": _("not found in the document"),
    "part label guessed": _("the name of the part was guessed"),
    "no number found; read as a yes/no commitment": _(
        "no number found; read as a yes/no commitment"
    ),
    "indicator without a 'Chỉ tiêu' number": _("read from a bullet, not a numbered indicator"),
}
META_LABELS = [
    ("title", _("Title")),
    ("issuer", _("Issuer")),
    ("level", _("Level")),
    ("area", _("Area")),
    ("period", _("Period")),
    ("parent", _("Parent plan as cited")),
]
SYMBOL = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "="}


@dataclass
class Segment:
    text: str
    ev: str = ""  # the numbers of the spans covering it, space-separated
    ids: list[int] = field(default_factory=list)  # spans that start here


def source_segments(text: str, evidence: dict) -> tuple[list[Segment], dict[str, int]]:
    """The text cut at span boundaries, and {JSON path: its span's number}."""
    size = len(text)
    clean: dict[str, tuple[int, int]] = {}
    for path, span in (evidence or {}).items():
        try:
            start, end = max(0, int(span[0])), min(size, int(span[1]))
        except (TypeError, ValueError, IndexError):
            continue
        if start < end:
            clean[path] = (start, end)
    spans = sorted(set(clean.values()))
    number = {span: n for n, span in enumerate(spans, 1)}
    bounds = sorted({0, size, *(s for s, _e in spans), *(e for _s, e in spans)})
    segments = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        covering = [number[s] for s in spans if s[0] <= a and b <= s[1]]
        starts = [number[s] for s in spans if s[0] == a]
        segments.append(Segment(text[a:b], " ".join(map(str, covering)), starts))
    return segments, {path: number[span] for path, span in clean.items()}


def slug(path: str) -> str:
    return "item-" + re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")


def warning_text(message: str) -> str:
    return str(WARNING_TEXT.get(message, message))


def open_warnings(draft) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path, message in draft.warnings or []:
        out.setdefault(path, []).append(warning_text(message))
    return out


def number_text(value) -> str:
    if value is None or value == "":
        return ""
    return format_vn_number(Decimal(str(value)), None)


def _item(path: str, anchors: dict, warnings: dict, **values) -> dict:
    return {
        "path": path,
        "slug": slug(path),
        "anchor": anchors.get(path),
        "warnings": warnings.get(path, []),
        **values,
    }


def review_items(draft, anchors: dict[str, int]) -> dict:
    """The plan as rows for the review page."""
    plan, warnings = draft.plan_data, open_warnings(draft)
    units, levels = dict(UNIT_CHOICES), dict(LEVEL_CHOICES)
    meta = []
    for key, label in META_LABELS:
        value = plan.get(key)
        if key == "period" and isinstance(value, dict):
            value = f"{value.get('start')}–{value.get('end')}"
        if key == "level":
            value = levels.get(value, value)
        meta.append(_item(key, anchors, warnings, label=label, value=value or ""))
    objectives = []
    for i, objective in enumerate(plan.get("objectives") or []):
        indicators = []
        for j, indicator in enumerate(objective.get("indicators") or []):
            path = f"objectives[{i}].indicators[{j}]"
            targets = [
                _item(
                    f"{path}.targets[{k}]",
                    anchors,
                    warnings,
                    value=number_text(t.get("value")),
                    unit=units.get(t.get("unit"), t.get("unit")),
                    comparator=SYMBOL.get(t.get("comparator"), t.get("comparator")),
                    year=t.get("year"),
                    baseline=number_text(t.get("baseline")),
                    label=t.get("label") or "",
                )
                for k, t in enumerate(indicator.get("targets") or [])
            ]
            indicators.append(_item(path, anchors, warnings, **indicator, rows=targets))
        objectives.append(
            _item(f"objectives[{i}]", anchors, warnings, **objective, rows=indicators)
        )
    return {
        "meta": meta,
        "legal_bases": plan.get("legal_bases") or [],
        "objectives": objectives,
        "assignments": [
            _item(
                f"assignments[{n}]",
                anchors,
                warnings,
                agency=a.get("agency", ""),
                role=dict(ROLE_CHOICES).get(a.get("role"), a.get("role")),
                codes=", ".join(a.get("indicators") or []),
                note=a.get("note") or "",
            )
            for n, a in enumerate(plan.get("assignments") or [])
        ],
        "duties": [
            _item(
                f"reporting[{n}]",
                anchors,
                warnings,
                kind=dict(KIND_CHOICES).get(d.get("kind"), d.get("kind")),
                by=dict(BY_CHOICES).get(d.get("by"), d.get("by")),
                due=d.get("due") or "",
                to=d.get("to") or "",
            )
            for n, d in enumerate(plan.get("reporting") or [])
        ],
        "warnings": [
            {"path": path, "slug": slug(path), "message": warning_text(message)}
            for path, message in draft.warnings or []
        ],
    }


def annotate_editor(editor, anchors: dict[str, int], warnings: dict[str, list[str]]) -> None:
    """Give each form of a DraftEditor the anchor, slug and warnings of the item it edits."""

    def mark(form, path: str) -> None:
        form.item_path = path
        form.item_slug = slug(path) if path else ""
        form.anchor = anchors.get(path)
        form.item_warnings = warnings.get(path, [])

    for objective in editor.objectives:
        mark(objective["form"], objective["path"])
        for indicator in objective["indicators"]:
            mark(indicator["form"], indicator["path"])
            for form in indicator["targets"].forms:
                mark(form, form["src"].value() or "")
    for formset in (editor.assignments, editor.duties):
        for form in formset.forms:
            mark(form, form["src"].value() or "")
