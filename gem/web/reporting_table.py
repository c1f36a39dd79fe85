"""The form page's tables as plain data for the template: one table per objective, one row per
indicator part, one cell per sex with its inputs, figures, errors and warnings.

Only presentation: which field goes where and how a figure is written (decimal comma, unit).
"""

from django.utils.translation import gettext as _

from gem.lib.numbers import format_vn_number
from gem.web.forms_reporting import (
    SEX_COLUMNS,
    ValuesForm,
    cell_key,
    comment_name,
    narrative_name,
    value_name,
)
from gem.web.templatetags.gem_format import UNIT_SUFFIX


def sex_label(sex: str) -> str:
    return {"female": _("Female"), "male": _("Male")}.get(sex, _("Total"))


def figure_text(row, figure) -> str:
    """'45/50' for a ratio's inputs, '1,6' for a value, 'Có'/'Không' for yes/no; '' if none."""
    if figure is None:
        return ""
    if "bool" in row.inputs:
        value = getattr(figure, "value", None)
        return "" if value is None else (_("Yes") if value else _("No"))
    if "numerator" in row.inputs:
        num, den = getattr(figure, "numerator", None), getattr(figure, "denominator", None)
        if num is None and den is None:
            return ""
        return f"{format_vn_number(num) or '–'}/{format_vn_number(den) or '–'}"
    return format_vn_number(getattr(figure, "value", None))


def computed_text(row, value) -> str:
    """The indicator's figure with its unit: '90%', '105,3 bé trai/100 bé gái'."""
    if value is None or "bool" in row.inputs:
        return ""
    return f"{format_vn_number(value)}{UNIT_SUFFIX.get(row.part.unit, '')}"


def build_tables(values: ValuesForm, typed: dict | None = None) -> list[dict]:
    """Objectives with their rows and cells, ready for web/reporting/_form_table.html.

    `typed` holds what the user had typed when a conflict discarded it ({field name: text}).
    """
    form = values.gem_form
    tables = []
    for objective in form.objectives:
        rows = [_row(values, row, typed or {}) for row in objective.rows]
        name = narrative_name(objective.code)
        tables.append(
            {
                "objective": objective,
                "rows": rows,
                "narrative": values[name] if form.can_edit else None,
                "narrative_text": (form.narratives or {}).get(objective.code, ""),
            }
        )
    return tables


def _row(values: ValuesForm, row, typed: dict) -> dict:
    code, part = row.indicator.code, row.part.number
    editable = values.gem_form.can_edit and cell_key(code, part, row.sexes[0]) in values.cells
    cells = []
    for sex in SEX_COLUMNS:
        if sex not in row.sexes:
            cells.append(None)
            continue
        cells.append(_cell(values, row, sex, editable, typed))
    return {
        "row": row,
        "editable": editable,
        "cells": cells,
        "is_ratio": "numerator" in row.inputs,
        "factor": format(row.part.factor, "f"),
        "suffix": UNIT_SUFFIX.get(row.part.unit, ""),
    }


def _cell(values: ValuesForm, row, sex: str, editable: bool, typed: dict) -> dict:
    code, part = row.indicator.code, row.part.number
    key = cell_key(code, part, sex)
    stored = (row.values or {}).get(sex)
    warnings = [w["message"] for w in (row.warnings or []) if w.get("sex", "") == sex]
    warnings += [w for w in values.warnings.get(key, []) if w not in warnings]
    cell = {
        "sex": sex,
        "label": sex_label(sex),
        "current": figure_text(row, stored),
        "comment_text": getattr(stored, "comment", "") if stored is not None else "",
        "previous": figure_text(row, (row.previous or {}).get(sex)),
        "computed": computed_text(row, (row.computed or {}).get(sex)),
        "warnings": warnings,
        "inputs": [],
        "comment": None,
        "typed": "",
    }
    if editable:
        names = [value_name(code, part, sex, f) for f in values.cells[key][2]]
        cell["inputs"] = [(_input_label(row, n), values[n]) for n in names]
        cell["comment"] = values[comment_name(code, part, sex)]
        cell["typed"] = " / ".join(typed[n] for n in names if typed.get(n))
    return cell


def _input_label(row, name: str) -> str:
    field = name.rsplit(":", 1)[1]
    if field == "numerator":
        return _("Numerator")
    if field == "denominator":
        return _("Denominator")
    return _("Yes/no") if "bool" in row.inputs else _("Value")
