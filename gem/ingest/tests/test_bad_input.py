import io
import os
import zipfile

import pytest
from pypdf import PdfWriter

from gem.ingest.extract import ExtractError, extract_document, extract_path
from gem.ingest.tests.conftest import CORPUS


def _pdf(encrypt: bool = False) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if encrypt:
        writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _refused(data: bytes, name: str) -> str:
    with pytest.raises(ExtractError) as caught:
        extract_document(data, name)
    message = caught.value.message
    assert "\n" not in message and message
    return message


def test_it_refuses_an_empty_file():
    assert "empty" in _refused(b"", "plan.txt")
    assert "empty" in _refused(b"  \n\n ", "plan.md")


def test_it_refuses_binary_junk():
    junk = bytes(range(256)) * 40
    assert "not a readable" in _refused(junk, "plan.txt")
    assert "damaged" in _refused(junk, "plan.docx")
    assert "damaged" in _refused(junk, "plan.pdf")


def test_it_refuses_an_image_only_pdf():
    assert "no text layer" in _refused(_pdf(), "scan.pdf")


def test_it_refuses_an_encrypted_pdf():
    assert "password" in _refused(_pdf(encrypt=True), "secret.pdf")


def test_it_refuses_a_truncated_docx():
    data = (CORPUS / "quang-tri-2026-2030.docx").read_bytes()
    assert "damaged" in _refused(data[: len(data) // 2], "plan.docx")


def test_it_refuses_a_docx_zip_bomb_without_unpacking_it(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (8 * 1024 * 1024))
    assert "unpacked" in _refused(buffer.getvalue(), "bomb.docx")


def test_it_refuses_a_file_too_large_before_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: nothing is written or read
    with pytest.raises(ExtractError, match="too large"):
        extract_path(big)


def test_it_refuses_a_document_that_is_not_a_plan():
    text = (
        "Chiều 12/5, tại Hà Nội, Hội Liên hiệp Phụ nữ Việt Nam tổ chức hội thảo về vai trò "
        "của phụ nữ trong chuyển đổi số. Các đại biểu đã thảo luận nhiều nội dung."
    )
    assert "not a plan" in _refused(text.encode(), "news.txt")


def test_it_refuses_an_old_binary_doc():
    assert ".docx" in _refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(600), "old.doc")


def test_it_reports_a_missing_file_as_an_extract_error(tmp_path):
    with pytest.raises(ExtractError):
        extract_path(tmp_path / "missing.docx")


def test_it_speaks_vietnamese_to_vietnamese_users():
    from django.utils import translation

    with translation.override("vi"), pytest.raises(ExtractError) as caught:
        extract_document(b"%PDF-1.4 broken", "plan.pdf")
    assert caught.value.message == "Tệp PDF bị hỏng, không đọc được."
