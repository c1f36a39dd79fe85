"""The annex's data tree: per objective, per indicator part, the figures of each reporting unit."""

from decimal import Decimal

from django.utils.translation import gettext as _

from gem.analytics.specs import DIRECT_CODES, aggregation
from gem.documents import texts, vn

SEXES = ("female", "male")
FIELDS = ("numerator", "denominator", "value")


def annex_tree(facts: dict) -> dict:
    issuer = texts.issuer(facts)
    rows_by_part = facts.get("annex_rows", {})
    figures = _figures(facts["progress"])
    sheets = []
    for objective in facts["objectives"]:
        blocks = []
        for indicator in objective["indicators"]:
            for part in indicator["parts"]:
                rows = rows_by_part.get((indicator["code"], part["number"]), [])
                figure = figures.get((indicator["code"], part["number"]), {})
                blocks.append(_block(indicator, part, rows, figure))
        sheets.append(
            {
                "name": _("Objective %(code)s") % objective,
                "title": _("Objective %(code)s: %(title)s") % objective,
                "blocks": blocks,
            }
        )
    return {
        "title": _("ANNEX"),
        "subtitle": _("Detailed figures of the indicators for %(period)s")
        % {"period": texts.period_phrase(facts["period"])},
        "reference": _("(Attached to Report %(number)s of %(issuer)s)")
        % {
            "number": texts.document_number(issuer["abbr"]).split(" ", 1)[-1],
            "issuer": issuer["name"],
        },
        "columns": {
            "stt": _("No."),
            "unit": _("Reporting unit"),
            "total": _("Total"),
            "female": _("Female"),
            "male": _("Male"),
            "numerator": _("Numerator"),
            "denominator": _("Denominator"),
            "value": _("Result"),
            "sum": _("Total of the units"),
            "figure": _("Figure of the unit"),
            "no_rows": _("No figures reported."),
        },
        "sheets": sheets,
    }


def _figures(progress: dict) -> dict:
    """{(code, part): {"total"|"female"|"male": {numerator, denominator, value}}} from progress."""
    out = {}
    for indicator in progress.get("indicators", []) or []:
        for part in indicator.get("parts", []) or []:
            by_sex = part.get("bySex") or {}
            entry = {"total": {f: part.get(f) for f in FIELDS}}
            for sex in SEXES:
                entry[sex] = {f: (by_sex.get(sex) or {}).get(f) for f in FIELDS}
            out[(str(indicator["code"]), int(part.get("part", 0)))] = entry
    return out


def _block(indicator: dict, part: dict, rows: list[dict], figure: dict) -> dict:
    rule = aggregation(indicator["code"], part["measure"], part["unit"])
    summed = rule.kind == "ratio_sum" and indicator["code"] not in DIRECT_CODES
    label = f" ({part['label']})" if part["label"] else ""
    notes = []
    if part["measure"] == "ratio":
        notes.append(
            _("Result = numerator / denominator × %(factor)s")
            % {"factor": vn.number(part["factor"])}
        )
        if part.get("numerator_label"):
            notes.append(_("Numerator: %(label)s") % {"label": part["numerator_label"]})
        if part.get("denominator_label"):
            notes.append(_("Denominator: %(label)s") % {"label": part["denominator_label"]})
    unit_suffix = vn.UNIT_SUFFIX.get(part["unit"], "").strip()
    if unit_suffix:
        notes.append(_("Unit: %(unit)s") % {"unit": unit_suffix})
    if not summed:
        notes.append(str(rule.note))
    return {
        "code": indicator["code"],
        "part": part["number"],
        "heading": f"{indicator['code']}. {indicator['text']}{label}",
        "notes": notes,
        "measure": part["measure"],
        "factor": part["factor"],
        "is_by_sex": part["is_by_sex"],
        "rows": [_annex_row(r) for r in rows],
        "total": "sum" if summed else "figure",
        "figure": {key: _decimals(figure.get(key) or {}) for key in ("total", *SEXES)},
    }


def _decimals(figure: dict) -> dict:
    return {f: None if figure.get(f) is None else Decimal(str(figure[f])) for f in FIELDS}


def _annex_row(row: dict) -> dict:
    out = {"unit": row["unit"]}
    for key in ("total", *SEXES):
        figure = row.get(key) or {}
        out[key] = {f: figure.get(f) for f in FIELDS}
    return out
