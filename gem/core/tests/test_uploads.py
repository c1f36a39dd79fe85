"""The upload checker: kinds by content, size limits, hostile files refused."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from gem.core.errors import ValidationError
from gem.core.uploads import check_upload

DOCS = {"docx", "pdf", "txt", "md"}
MB = 1024 * 1024


def docx_bytes(extra: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>Kế hoạch</w:document>")
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def xlsx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    return buf.getvalue()


def up(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("ke-hoach.docx", docx_bytes(), "docx"),
        ("ke-hoach.pdf", b"%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF", "pdf"),
        ("ke-hoach.txt", "Kế hoạch số 12/KH-UBND".encode(), "txt"),
        ("KE-HOACH.MD", b"# K\xe1\xba\xbf ho\xe1\xba\xa1ch\n", "md"),
        ("tcvn3.txt", b"K\xd5 ho\xb9ch b\xb8nh \xae\xb3ng gi\xedi", "txt"),
        ("bieu-mau.xlsx", xlsx_bytes(), "xlsx"),
    ],
)
def test_it_detects_the_kind_by_content(name, data, kind):
    upload = up(name, data)
    assert check_upload(upload, allowed=DOCS | {"xlsx"}, max_bytes=MB) == kind
    assert upload.tell() == 0  # rewound for the caller


def test_it_refuses_a_file_larger_than_the_limit_without_reading_it():
    class Unreadable(io.BytesIO):
        size = 5 * MB
        name = "big.pdf"

        def read(self, *args):  # pragma: no cover - the point is that it is never called
            raise AssertionError("read an oversized file")

    with pytest.raises(ValidationError, match="quá lớn|too large"):
        check_upload(Unreadable(), allowed=DOCS, max_bytes=MB)


def test_it_refuses_an_empty_file():
    with pytest.raises(ValidationError):
        check_upload(up("a.txt", b""), allowed=DOCS, max_bytes=MB)


def test_it_refuses_a_kind_not_allowed_here():
    with pytest.raises(ValidationError):
        check_upload(up("bieu-mau.xlsx", xlsx_bytes()), allowed=DOCS, max_bytes=MB)


def test_it_refuses_a_name_that_lies_about_the_content():
    with pytest.raises(ValidationError):
        check_upload(up("ke-hoach.docx", b"%PDF-1.4 ..."), allowed=DOCS, max_bytes=MB)
    with pytest.raises(ValidationError):
        check_upload(up("ke-hoach.pdf", docx_bytes()), allowed=DOCS, max_bytes=MB)


def test_the_error_names_the_file_field_and_speaks_vietnamese():
    with pytest.raises(ValidationError) as info:
        check_upload(up("a.exe.txt", b"MZ\x90\x00"), allowed=DOCS, max_bytes=MB)
    assert info.value.field == "file"
    assert "không" in info.value.message.lower()


def test_the_upload_handler_drops_a_file_past_the_site_limit_while_it_arrives(rf, settings):
    settings.GEM_MAX_UPLOAD_BYTES = 100_000
    big = SimpleUploadedFile("big.pdf", b"%PDF-1.7\n" + b"0" * 300_000)
    small = SimpleUploadedFile("small.pdf", b"%PDF-1.7\n%%EOF")
    request = rf.post("/upload", {"big": big, "small": small})
    assert "big" not in request.FILES
    assert request.FILES["small"].name == "small.pdf"
    assert request.gem_rejected_uploads == ["big.pdf"]
