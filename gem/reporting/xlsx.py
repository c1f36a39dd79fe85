"""Excel round trip of a form: download, fill offline, upload back (openpyxl).

The sheet "Biểu mẫu" has one row per indicator part × sex; a hidden column A holds the key
"indicator|part|sex" so rows may be reordered. Label cells are locked, input cells unlocked and
limited to non-negative numbers. A hidden sheet "_gem" names the period and agency. Blank cells on
upload keep what is stored.
"""

import io
from datetime import date
from decimal import Decimal

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation

from gem.reporting.forms import Form, FormRow

FORMAT = "gem.form-xlsx/1"
SHEET, NOTES, META = "Biểu mẫu", "Thuyết minh", "_gem"
HEADER_ROW = 9
COLUMNS = [
    "key",
    "code",
    "text",
    "part",
    "role",
    "sex",
    "numerator",
    "denominator",
    "value",
    "comment",
    "previous",
]
COL = {name: i + 1 for i, name in enumerate(COLUMNS)}
MAX_UNZIPPED = 50 * 1024 * 1024
INPUT_FILL = PatternFill("solid", fgColor="FFF8DC")
BOLD = Font(bold=True)
UNLOCKED = Protection(locked=False)


def _vn_date(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def _sex_label(sex: str) -> str:
    return {"female": _("Female"), "male": _("Male")}.get(sex, _("Total"))


def _headers() -> list[str]:
    return [
        "key",
        _("Indicator"),
        _("Content"),
        _("Part"),
        _("Role"),
        _("Sex"),
        _("Numerator"),
        _("Denominator"),
        _("Value (1 = yes, 0 = no for yes/no)"),
        _("Comment"),
        _("Previous period"),
    ]


def form_xlsx_export(*, form: Form) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    _header_block(ws, form)
    numbers = DataValidation(
        type="decimal",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_("Invalid figure"),
        error=_("Enter a number that is not negative."),
    )
    yes_no = DataValidation(
        type="list",
        formula1='"0,1"',
        allow_blank=True,
        showErrorMessage=True,
        error=_("Enter 1 (yes) or 0 (no)."),
    )
    ws.add_data_validation(numbers)
    ws.add_data_validation(yes_no)
    r = HEADER_ROW + 1
    for row in form.rows:
        for sex in row.sexes:
            _write_row(ws, r, form, row, sex, numbers, yes_no)
            r += 1
    _finish_sheet(ws)
    _notes_sheet(wb, form)
    _meta_sheet(wb, form)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _header_block(ws, form: Form) -> None:
    period = form.period
    ws["B1"] = _("REPORT FORM: GENDER EQUALITY FIGURES")
    ws["B1"].font = Font(bold=True, size=13)
    lines = [
        (_("Plan"), form.plan.title),
        (_("Unit"), f"{form.org_unit.name} ({form.org_unit.code})"),
        (_("Reporting agency"), form.agency.name),
        (
            _("Period"),
            f"{period.code} – {period.get_kind_display()}; "
            + _("data from %(start)s to %(end)s")
            % {"start": _vn_date(period.starts_on), "end": _vn_date(period.ends_on)},
        ),
        (_("Deadline"), _vn_date(period.units_due_on)),
        (_("Status"), form.status_label),
    ]
    for i, (label, value) in enumerate(lines, start=2):
        ws.cell(i, 2, label).font = BOLD
        ws.cell(i, 3, value)
    for c, title in enumerate(_headers(), start=1):
        cell = ws.cell(HEADER_ROW, c, title)
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _write_row(ws, r: int, form: Form, row: FormRow, sex: str, numbers, yes_no) -> None:
    part = row.part
    stored = row.values.get(sex)
    ws.cell(r, COL["key"], f"{row.indicator.code}|{part.number}|{sex}")
    ws.cell(r, COL["code"], row.indicator.code)
    ws.cell(r, COL["text"], row.indicator.text).alignment = Alignment(wrap_text=True)
    ws.cell(r, COL["part"], part.label or "")
    ws.cell(r, COL["role"], _("Lead") if row.role == "lead" else _("Support (read only)"))
    ws.cell(r, COL["sex"], _sex_label(sex))
    inputs = ["value"] if row.inputs == ("bool",) else list(row.inputs)
    for name in inputs:
        cell = ws.cell(r, COL[name], _number(getattr(stored, name, None)))
        if row.is_editable:
            cell.protection, cell.fill = UNLOCKED, INPUT_FILL
            (yes_no if row.inputs == ("bool",) else numbers).add(cell.coordinate)
    comment = ws.cell(r, COL["comment"], getattr(stored, "comment", "") or None)
    if row.is_editable:
        comment.protection, comment.fill = UNLOCKED, INPUT_FILL
    previous = row.previous.get(sex)
    if previous is not None:
        ws.cell(r, COL["previous"], _previous_text(previous))


def _number(value: Decimal | None):
    if value is None:
        return None
    normal = value.normalize()
    return int(normal) if normal == normal.to_integral_value() else float(normal)


def _previous_text(fig) -> str:
    if fig.numerator is not None or fig.denominator is not None:
        return f"{_number(fig.numerator)}/{_number(fig.denominator)}".replace(".", ",")
    return str(_number(fig.value)).replace(".", ",")


def _finish_sheet(ws) -> None:
    widths = {
        "key": 12,
        "code": 9,
        "text": 60,
        "part": 18,
        "role": 14,
        "sex": 10,
        "numerator": 13,
        "denominator": 13,
        "value": 16,
        "comment": 30,
        "previous": 14,
    }
    for name, width in widths.items():
        ws.column_dimensions[ws.cell(1, COL[name]).column_letter].width = width
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, COL["code"])
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _notes_sheet(wb, form: Form) -> None:
    ws = wb.create_sheet(NOTES)
    for c, title in enumerate(["key", _("Objective"), _("Title"), _("Narrative")], start=1):
        ws.cell(1, c, title).font = BOLD
    for r, objective in enumerate(form.objectives, start=2):
        ws.cell(r, 1, objective.code)
        ws.cell(r, 2, objective.code)
        ws.cell(r, 3, objective.title).alignment = Alignment(wrap_text=True)
        cell = ws.cell(r, 4, form.narratives.get(objective.code) or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if form.can_edit:
            cell.protection, cell.fill = UNLOCKED, INPUT_FILL
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["C"].width = 40
    ws.column_dimensions["D"].width = 90
    ws.protection.sheet = True


def _meta_sheet(wb, form: Form) -> None:
    ws = wb.create_sheet(META)
    for r, (key, value) in enumerate(
        [
            ("format", FORMAT),
            ("period", form.period.pk),
            ("agency", form.agency.pk),
            ("period_code", form.period.code),
            ("version", form.version),
        ],
        start=1,
    ):
        ws.cell(r, 1, key)
        ws.cell(r, 2, value)
    ws.sheet_state = "hidden"
