"""The Excel annex: reopened with openpyxl; formulas, number formats, print setup, fonts."""

import io
from decimal import Decimal

from openpyxl import load_workbook

from gem.documents.compose import compose
from gem.documents.renderers import xlsx
from gem.documents.services import report_export
from gem.documents.tests.conftest import ISSUED
from gem.documents.tests.facts import facts


def annex(figures, user, period_code="2026S1"):
    content = report_export(
        plan=figures["plan"],
        org_unit=figures["province"],
        period_code=period_code,
        kind="semiannual",
        fmt="xlsx",
        user=user,
        issued_on=ISSUED,
    ).content
    return load_workbook(io.BytesIO(content))


def find_row(ws, column: int, text: str, start: int = 1) -> int:
    for row in range(start, ws.max_row + 1):
        if str(ws.cell(row=row, column=column).value or "").startswith(text):
            return row
    raise AssertionError(f"{text!r} not found")


def test_it_writes_one_print_ready_sheet_per_objective(figures, admin_user):
    wb = annex(figures, admin_user)
    assert wb.sheetnames == [f"Mục tiêu {n}" for n in range(1, 7)]
    ws = wb["Mục tiêu 3"]
    assert ws["A1"].value == "PHỤ LỤC"
    assert ws["A3"].value.startswith("Mục tiêu 3: ")
    assert [ws.cell(row=6, column=c).value for c in (1, 2, 3, 6, 9)] == [
        "STT",
        "Đơn vị báo cáo",
        "Tổng số",
        "Nữ",
        "Nam",
    ]
    assert [ws.cell(row=7, column=c).value for c in (3, 4, 5)] == ["Tử số", "Mẫu số", "Kết quả"]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$6:$7"
    fonts = {c.font.name for row in ws.iter_rows() for c in row if c.value is not None}
    assert fonts == {"Times New Roman"}


def test_it_keeps_the_formulas_the_officer_expects(figures, admin_user):
    ws = annex(figures, admin_user)["Mục tiêu 3"]
    block = find_row(ws, 1, "3.2. ")
    snv = find_row(ws, 2, "Sở Nội vụ", block)
    commune = find_row(ws, 2, figures["commune"].name, block)
    assert (ws.cell(row=snv, column=6).value, ws.cell(row=snv, column=7).value) == (3, 30)
    assert ws.cell(row=snv, column=8).value == f'=IF(G{snv}>0,F{snv}/G{snv}*100,"")'
    assert ws.cell(row=snv, column=8).number_format == "#,##0.00"
    total = find_row(ws, 2, "Tổng cộng", block)
    assert total == commune + 1
    assert ws.cell(row=total, column=6).value == f"=SUM(F{snv}:F{commune})"
    assert ws.cell(row=total, column=8).value == f'=IF(G{total}>0,F{total}/G{total}*100,"")'


def test_it_shows_the_units_figure_where_figures_do_not_add_up():
    data = compose(facts())
    wb = load_workbook(io.BytesIO(xlsx.render(data)))
    ws = wb["Mục tiêu 3"]
    block = find_row(ws, 1, "3.1. ")
    figure = find_row(ws, 2, "Số liệu chung của đơn vị", block)
    assert (
        ws.cell(row=figure, column=5).value == Decimal("1.6")
        or ws.cell(row=figure, column=5).value == 1.6
    )


def test_it_writes_a_valid_annex_for_an_empty_period(figures, admin_user):
    wb = annex(figures, admin_user, period_code="2027S1")
    ws = wb["Mục tiêu 1"]
    values = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert "Chưa có số liệu báo cáo." in values
    assert not any(v in ("None", "nan") or "TODO" in v for v in values)
