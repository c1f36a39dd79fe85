"""Excel round trip on the web: download, upload a filled copy, preview (dry run), confirm."""
# ruff: noqa: F811  (pytest fixtures imported from gem.reporting.tests.fixtures)

import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from gem.reporting.models import DataValue
from gem.reporting.services import ValueEntry, values_save
from gem.reporting.tests.fixtures import (  # noqa: F401
    outsider,
    period,
    rplan,
    snv,
    snv_form,
    snv_reporter,
)
from gem.reporting.xlsx import COL, HEADER_ROW, SHEET

pytestmark = pytest.mark.django_db


@pytest.fixture
def url(period, snv):
    return f"/reporting/forms/{period.pk}/{snv.pk}/"


@pytest.fixture
def reporter_client(client, snv_reporter):
    client.force_login(snv_reporter)
    return client


def filled(workbook_bytes: bytes, figures: dict) -> SimpleUploadedFile:
    """The downloaded workbook with figures typed in: {"1.1|0|": (numerator, denominator)}."""
    wb = load_workbook(io.BytesIO(workbook_bytes))
    ws = wb[SHEET]
    for row in ws.iter_rows(min_row=HEADER_ROW + 1):
        key = row[COL["key"] - 1].value
        if key in figures:
            row[COL["numerator"] - 1].value, row[COL["denominator"] - 1].value = figures[key]
    out = io.BytesIO()
    wb.save(out)
    return SimpleUploadedFile("bieu-mau.xlsx", out.getvalue())


def download(client, url) -> bytes:
    response = client.get(f"{url}xlsx/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    return response.content


def test_a_filled_workbook_is_previewed_then_applied(reporter_client, url, snv_form):
    upload = filled(download(reporter_client, url), {"1.1|0|": (45, "50")})
    preview = reporter_client.post(f"{url}xlsx/import/", {"file": upload})
    assert preview.status_code == 200
    html = preview.content.decode()
    assert 'id="count-imported">1<' in html
    assert not DataValue.objects.filter(submission=snv_form).exists()  # a dry run
    token = preview.context["token"]
    response = reporter_client.post(f"{url}xlsx/confirm/", {"token": token}, follow=True)
    assert "Đã nhập từ bieu-mau.xlsx: 1 mới" in response.content.decode()
    value = DataValue.objects.get(submission=snv_form, indicator_code="1.1")
    assert (value.numerator, value.denominator) == (Decimal(45), Decimal(50))
    again = reporter_client.post(f"{url}xlsx/confirm/", {"token": token}, follow=True)
    assert "đã hết hạn hoặc đã được áp dụng" in again.content.decode()


def test_a_refused_figure_is_listed_and_cannot_be_applied(reporter_client, url, snv_form):
    upload = filled(download(reporter_client, url), {"1.1|0|": (60, 50)})
    preview = reporter_client.post(f"{url}xlsx/import/", {"file": upload})
    html = preview.content.decode()
    assert "không được lớn hơn mẫu số" in html
    assert "Áp dụng nhập số liệu" not in html
    assert not DataValue.objects.filter(submission=snv_form).exists()


def test_a_change_between_preview_and_confirm_is_a_conflict(
    reporter_client, url, snv_form, snv_reporter
):
    upload = filled(download(reporter_client, url), {"1.1|0|": (45, 50)})
    token = reporter_client.post(f"{url}xlsx/import/", {"file": upload}).context["token"]
    entry = ValueEntry(indicator="1.1", part=0, numerator=Decimal(7), denominator=Decimal(10))
    values_save(submission=snv_form, entries=[entry], actor=snv_reporter)  # someone else
    response = reporter_client.post(f"{url}xlsx/confirm/", {"token": token}, follow=True)
    assert "Biểu mẫu đã được người khác cập nhật" in response.content.decode()
    assert DataValue.objects.get(submission=snv_form).numerator == Decimal(7)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.txt", b"hello", "Hãy tải lên biểu mẫu dạng tệp .xlsx."),
        ("bieu-mau.xlsx", b"PK\x03\x04 broken", "Excel"),
        ("bieu-mau.xlsx", b"x" * (2 * 1024 * 1024 + 1), "Tệp quá lớn (tối đa 2 MB)."),
    ],
)
def test_a_bad_file_gets_a_message_and_changes_nothing(
    reporter_client, url, snv_form, name, content, message
):
    upload = SimpleUploadedFile(name, content)
    response = reporter_client.post(f"{url}xlsx/import/", {"file": upload}, follow=True)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not DataValue.objects.filter(submission=snv_form).exists()


def test_a_forged_token_applies_nothing(reporter_client, url, snv_form):
    upload = filled(download(reporter_client, url), {"1.1|0|": (45, 50)})
    reporter_client.post(f"{url}xlsx/import/", {"file": upload})
    response = reporter_client.post(f"{url}xlsx/confirm/", {"token": "guess"}, follow=True)
    assert "đã hết hạn" in response.content.decode()
    assert not DataValue.objects.filter(submission=snv_form).exists()


def test_another_units_user_cannot_download_or_upload(client, outsider, url):
    client.force_login(outsider)
    assert client.get(f"{url}xlsx/").status_code == 404
    upload = SimpleUploadedFile("bieu-mau.xlsx", b"PK\x03\x04")
    assert client.post(f"{url}xlsx/import/", {"file": upload}).status_code == 404
