"""Excel round trip: export a form, fill it offline, preview and import it back."""

import io
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook

from gem.core.errors import ValidationError
from gem.reporting.models import DataValue
from gem.reporting.selectors import form_get_for_user, form_xlsx_export
from gem.reporting.services import (
    ValueEntry,
    form_xlsx_import,
    submission_open,
    values_save,
)

pytest_plugins = ["gem.reporting.tests.fixtures"]


def export(user, period, agency) -> bytes:
    form = form_get_for_user(user=user, period_id=period.pk, agency_id=agency.pk)
    return form_xlsx_export(form=form)


def rows_by_key(ws):
    return {ws.cell(r, 1).value: r for r in range(10, ws.max_row + 1) if ws.cell(r, 1).value}


def save(wb) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.fixture
def workbook(period, snv, snv_reporter):
    return load_workbook(io.BytesIO(export(snv_reporter, period, snv)))


def test_the_export_has_a_header_keys_and_locked_labels(workbook, snv_form):
    ws = workbook["Biểu mẫu"]
    header = {ws.cell(r, 2).value: ws.cell(r, 3).value for r in range(2, 8)}
    assert header["Cơ quan báo cáo"] == "Sở Nội vụ"
    assert header["Hạn nộp"] == "10/06/2026"
    assert header["Kỳ báo cáo"].startswith("2026S1")
    keys = rows_by_key(ws)
    assert set(keys) == {
        "1.1|0|",
        "3.2|0|female",
        "3.2|0|male",
        "3.2|0|",
        "3.2|1|female",
        "3.2|1|male",
        "3.2|1|",
    }
    assert ws.column_dimensions["A"].hidden and ws.protection.sheet
    r = keys["3.2|0|female"]
    assert ws.cell(r, 3).protection.locked  # the indicator's text
    assert not ws.cell(r, 7).protection.locked and not ws.cell(r, 8).protection.locked
    assert ws.data_validations.dataValidation[0].formula1 == "0"
    assert "Thuyết minh" in workbook.sheetnames
    assert workbook["_gem"].sheet_state == "hidden"


def test_a_filled_workbook_is_previewed_then_imported(workbook, snv_form, snv_reporter):
    ws = workbook["Biểu mẫu"]
    keys = rows_by_key(ws)
    ws.cell(keys["3.2|0|female"], 7, 45)
    ws.cell(keys["3.2|0|female"], 8, "50")
    ws.cell(keys["3.2|0|male"], 7, "9")
    ws.cell(keys["3.2|0|male"], 8, "1.200")  # Vietnamese thousands separator
    ws.cell(keys["1.1|0|"], 7, "12,5")  # decimal comma
    ws.cell(keys["1.1|0|"], 8, 40)
    workbook["Thuyết minh"].cell(3, 4, "Đã hỗ trợ nạn nhân bạo lực gia đình.")
    data = save(workbook)
    preview = form_xlsx_import(submission=snv_form, data=data, actor=snv_reporter, dry_run=True)
    assert preview.dry_run and (preview.imported, preview.errors) == (3, [])
    assert DataValue.objects.count() == 0
    summary = form_xlsx_import(submission=snv_form, data=data, actor=snv_reporter, dry_run=False)
    assert summary.imported == 3 and summary.ok
    male = DataValue.objects.get(indicator_code="3.2", part_number=0, sex="male")
    assert male.denominator == D(1200)
    assert DataValue.objects.get(indicator_code="1.1").numerator == D("12.5")
    assert DataValue.objects.get(indicator_code="3.2", part_number=0, sex="").numerator == 54
    assert snv_form.narratives.get(objective_code="3").text.startswith("Đã hỗ trợ")


def test_reordered_rows_and_blank_cells_keep_what_is_stored(period, snv, snv_form, snv_reporter):
    values_save(
        submission=snv_form,
        entries=[ValueEntry("1.1", 0, numerator=D(10), denominator=D(40), comment="cũ")],
        actor=snv_reporter,
    )
    wb = load_workbook(io.BytesIO(export(snv_reporter, period, snv)))
    ws = wb["Biểu mẫu"]
    keys = rows_by_key(ws)
    a, b = keys["1.1|0|"], keys["3.2|1|"]
    for c in range(1, 12):  # swap two rows
        va, vb = ws.cell(a, c).value, ws.cell(b, c).value
        ws.cell(a, c).value, ws.cell(b, c).value = vb, va
    ws.cell(b, 7, 11)
    ws.cell(b, 8, None)  # blank: keep the stored denominator
    ws.cell(b, 10, None)  # blank: keep the stored comment
    summary = form_xlsx_import(submission=snv_form, data=save(wb), actor=snv_reporter)
    assert (summary.updated, summary.imported) == (1, 0)
    dv = DataValue.objects.get(indicator_code="1.1")
    assert (dv.numerator, dv.denominator, dv.comment) == (11, 40, "cũ")


def test_refused_figures_store_nothing(workbook, snv_form, snv_reporter):
    ws = workbook["Biểu mẫu"]
    keys = rows_by_key(ws)
    ws.cell(keys["1.1|0|"], 7, 12)
    ws.cell(keys["1.1|0|"], 8, 40)
    ws.cell(keys["3.2|1|"], 7, 60)
    ws.cell(keys["3.2|1|"], 8, 50)
    summary = form_xlsx_import(submission=snv_form, data=save(workbook), actor=snv_reporter)
    assert summary.errors[0]["message"] == "Tử số (60) không được lớn hơn mẫu số (50)."
    assert DataValue.objects.count() == 0


def test_unreadable_numbers_are_reported_by_field(workbook, snv_form, snv_reporter):
    ws = workbook["Biểu mẫu"]
    ws.cell(rows_by_key(ws)["1.1|0|"], 7, "mười hai")
    summary = form_xlsx_import(submission=snv_form, data=save(workbook), actor=snv_reporter)
    assert summary.errors[0]["field"] == "numerator"
    assert "mười hai" in summary.errors[0]["message"]
    assert DataValue.objects.count() == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "trống"),
        (b"%PDF-1.7 not a workbook", ".xlsx"),
        (b"PK\x03\x04" + b"\x00" * 200, "hỏng"),
    ],
)
def test_non_xlsx_and_corrupt_uploads_are_refused(snv_form, snv_reporter, data, message):
    with pytest.raises(ValidationError) as exc:
        form_xlsx_import(submission=snv_form, data=data, actor=snv_reporter)
    assert message in exc.value.message


def test_oversized_uploads_are_refused(workbook, snv_form, snv_reporter, settings):
    settings.GEM_XLSX_MAX_BYTES = 1024
    with pytest.raises(ValidationError) as exc:
        form_xlsx_import(submission=snv_form, data=save(workbook), actor=snv_reporter)
    assert "quá lớn" in exc.value.message


def test_another_agencys_workbook_is_refused(period, syt, syt_reporter, workbook, snv_reporter):
    syt_form = submission_open(period=period, agency=syt, actor=syt_reporter)
    with pytest.raises(ValidationError) as exc:
        form_xlsx_import(submission=syt_form, data=save(workbook), actor=syt_reporter)
    assert "kỳ hoặc cơ quan khác" in exc.value.message


def test_a_form_changed_since_the_preview_is_a_conflict(workbook, snv_form, snv_reporter):
    from gem.core.errors import Conflict

    ws = workbook["Biểu mẫu"]
    ws.cell(rows_by_key(ws)["1.1|0|"], 7, 12)
    ws.cell(rows_by_key(ws)["1.1|0|"], 8, 40)
    data = save(workbook)
    preview = form_xlsx_import(submission=snv_form, data=data, actor=snv_reporter, dry_run=True)
    values_save(
        submission=snv_form,
        entries=[ValueEntry("3.2", 1, "female", numerator=D(1), denominator=D(2))],
        actor=snv_reporter,
    )
    with pytest.raises(Conflict):
        form_xlsx_import(
            submission=snv_form, data=data, actor=snv_reporter, expected_version=preview.version
        )
    assert not DataValue.objects.filter(indicator_code="1.1").exists()
