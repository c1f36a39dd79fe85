"""The annex as an Excel workbook: one sheet per objective, rows per indicator part and unit.

`render(data) -> bytes` lays out `data["annex"]` from the report's data tree. Results of ratios
are formulas (=IF(den>0, num/den*factor, "")) and totals are SUMs, so the officer can correct a
unit's figure and see the result follow. Print-ready: A4 landscape, fitted to the page width,
header rows repeated on every page, Times New Roman.
"""

import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter

FONT = "Times New Roman"
NUMBER_FORMAT = "#,##0.00"
WIDTHS = (6, 34, 12, 12, 12, 12, 12, 12, 12, 12, 12)
GROUPS = ("total", "female", "male")
FIELDS = ("numerator", "denominator", "value")
LAST_COL = get_column_letter(len(WIDTHS))
THIN = Side(style="thin", color="000000")


def _styles() -> list[NamedStyle]:
    box = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    grey = PatternFill("solid", fgColor="F2F2F2")
    spec = [
        ("gem_title", Font(name=FONT, size=13, bold=True), None, centre, None, "General"),
        ("gem_note", Font(name=FONT, size=12, italic=True), None, left, None, "General"),
        ("gem_head", Font(name=FONT, size=11, bold=True), box, centre, grey, "General"),
        ("gem_text", Font(name=FONT, size=11), box, left, None, "General"),
        ("gem_block", Font(name=FONT, size=11, bold=True), box, left, grey, "General"),
        ("gem_num", Font(name=FONT, size=11), box, None, None, NUMBER_FORMAT),
        ("gem_sum", Font(name=FONT, size=11, bold=True), box, None, None, NUMBER_FORMAT),
    ]
    styles = []
    for name, font, border, alignment, fill, fmt in spec:
        style = NamedStyle(name=name, font=font, number_format=fmt)
        if border:
            style.border = border
        if alignment:
            style.alignment = alignment
        if fill:
            style.fill = fill
        styles.append(style)
    return styles


def render(data: dict) -> bytes:
    annex = data["annex"]
    wb = Workbook()
    for style in _styles():
        wb.add_named_style(style)
    wb.remove(wb.active)
    for sheet in annex["sheets"]:
        ws = wb.create_sheet(title=sheet["name"][:31])
        _sheet(ws, annex, sheet)
    if not annex["sheets"]:
        ws = wb.create_sheet(title="Sheet1")
        _top(ws, annex, annex["columns"]["no_rows"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _top(ws, annex: dict, title: str) -> None:
    for row, text in enumerate((annex["title"], annex["subtitle"], title), start=1):
        ws.merge_cells(f"A{row}:{LAST_COL}{row}")
        cell = ws.cell(row=row, column=1, value=text)
        cell.style = "gem_title"
    ws.cell(row=4, column=1, value=annex["reference"]).style = "gem_note"
    ws.merge_cells(f"A4:{LAST_COL}4")


def _header(ws, columns: dict, row: int) -> None:
    for col, key in ((1, "stt"), (2, "unit")):
        ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
        ws.cell(row=row, column=col, value=columns[key])
    for index, group in enumerate(GROUPS):
        first = 3 + index * 3
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=first + 2)
        ws.cell(row=row, column=first, value=columns[group])
        for offset, field in enumerate(FIELDS):
            ws.cell(row=row + 1, column=first + offset, value=columns[field])
    for r in (row, row + 1):
        for col in range(1, len(WIDTHS) + 1):
            ws.cell(row=r, column=col).style = "gem_head"


def _sheet(ws, annex: dict, sheet: dict) -> None:
    _top(ws, annex, sheet["title"])
    _header(ws, annex["columns"], 6)
    for col, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    row = 8
    for block in sheet["blocks"]:
        row = _block(ws, annex["columns"], block, row)
    ws.freeze_panes = "C8"
    ws.print_title_rows = "6:7"
    setup = ws.page_setup
    setup.orientation, setup.paperSize = "landscape", ws.PAPERSIZE_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = "&P/&N"
    ws.oddFooter.center.font = FONT


def _block(ws, columns: dict, block: dict, row: int) -> int:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(WIDTHS))
    ws.cell(row=row, column=1, value=block["heading"]).style = "gem_block"
    ws.row_dimensions[row].height = 15 * max(1, len(block["heading"]) // 150 + 1)
    row += 1
    for note in block["notes"]:
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=len(WIDTHS))
        ws.cell(row=row, column=2, value=note).style = "gem_note"
        row += 1
    if not block["rows"] and block["total"] == "sum":
        ws.cell(row=row, column=2, value=columns["no_rows"]).style = "gem_note"
        return row + 2
    first = row
    for number, data_row in enumerate(block["rows"], start=1):
        ws.cell(row=row, column=1, value=number).style = "gem_text"
        ws.cell(row=row, column=2, value=data_row["unit"]).style = "gem_text"
        _figures(ws, block, data_row, row)
        row += 1
    _total(ws, columns, block, first, row)
    return row + 2


def _figures(ws, block: dict, data_row: dict, row: int) -> None:
    for index, group in enumerate(GROUPS):
        first = 3 + index * 3
        figure = data_row[group]
        for offset, field in enumerate(FIELDS):
            cell = ws.cell(row=row, column=first + offset)
            cell.style = "gem_num"
            if block["measure"] == "ratio" and field == "value":
                if figure["numerator"] is not None or figure["denominator"] is not None:
                    cell.value = _ratio_formula(first, row, block["factor"])
            elif figure[field] is not None:
                cell.value = figure[field]


def _ratio_formula(first_col: int, row: int, factor) -> str:
    num = f"{get_column_letter(first_col)}{row}"
    den = f"{get_column_letter(first_col + 1)}{row}"
    factor_text = format(Decimal(str(factor)).normalize(), "f")
    return f'=IF({den}>0,{num}/{den}*{factor_text},"")'


def _total(ws, columns: dict, block: dict, first: int, row: int) -> None:
    """The sum of the rows as formulas, or, where figures do not add up, the unit's figure."""
    ws.cell(row=row, column=1).style = "gem_sum"
    label = columns["sum"] if block["total"] == "sum" else columns["figure"]
    ws.cell(row=row, column=2, value=label).style = "gem_sum"
    for index, group in enumerate(GROUPS):
        col = 3 + index * 3
        for offset, field in enumerate(FIELDS):
            cell = ws.cell(row=row, column=col + offset)
            cell.style = "gem_sum"
            if block["total"] != "sum":
                cell.value = block["figure"][group][field]
        if block["total"] != "sum":
            continue
        for offset in (0, 1):
            letter = get_column_letter(col + offset)
            ws.cell(row=row, column=col + offset, value=f"=SUM({letter}{first}:{letter}{row - 1})")
        ws.cell(row=row, column=col + 2, value=_ratio_formula(col, row, block["factor"]))
