"""A corpus of hostile uploads, each refused by the upload checker with a clear message."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from gem.core.errors import ValidationError
from gem.core.uploads import check_upload

MB = 1024 * 1024
ALL_DOCS = {"docx", "xlsx", "odt", "ods", "pdf", "txt", "md", "csv", "json", "png", "jpeg"}


def zipped(entries: dict[str, bytes], method=zipfile.ZIP_DEFLATED, **kw) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def office(**extra) -> dict[str, bytes]:
    return {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>", **extra}


def encrypted_zip() -> bytes:
    data = bytearray(zipped(office()))
    # Set the "encrypted" flag in every local and central header.
    for sig, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (pos := data.find(sig, start)) != -1:
            data[pos + offset] |= 0x1
            start = pos + 4
    return bytes(data)


def polyglot_pdf_zip() -> bytes:
    return b"%PDF-1.4\n%%EOF\n" + zipped({"evil.html": b"<script>alert(1)</script>"})


def png_zip() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + zipped({"a.class": b"\xca\xfe\xba\xbe"})


HOSTILE = {
    "zip bomb (one entry, 20 MB of zeros)": (
        "bomb.docx",
        zipped(office(**{"word/media/zeros.bin": b"\x00" * (20 * MB)})),
    ),
    "zip bomb (many entries)": (
        "many.docx",
        zipped(office(**{f"word/p{i}.xml": b"" for i in range(6000)}), zipfile.ZIP_STORED),
    ),
    "nested archive": ("nested.docx", zipped(office(**{"word/embed.zip": zipped({"a": b"a"})}))),
    "path traversal": ("trav.docx", zipped(office(**{"../../etc/passwd": b"root"}))),
    "encrypted entries": ("enc.docx", encrypted_zip()),
    "plain zip archive": ("plan.docx", zipped({"plan.txt": b"Ke hoach"})),
    "truncated zip": ("cut.docx", zipped(office())[:60]),
    "pdf + zip polyglot": ("poly.pdf", polyglot_pdf_zip()),
    "png + jar polyglot": ("photo.png", png_zip()),
    "html page as .txt": ("page.txt", b"<!DOCTYPE html><html><body>hi</body></html>"),
    "html with script as .md": ("notes.md", b"# Notes\n<script>alert(document.cookie)</script>"),
    "svg with script": (
        "chart.txt",
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>x</script></svg>',
    ),
    "xml as .csv": ("data.csv", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "f">]>'),
    "windows executable named .pdf": ("report.pdf", b"MZ\x90\x00\x03" + b"\x00" * 100),
    "elf binary named .txt": ("notes.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 50),
    "legacy .doc (OLE2)": ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512),
    "gzip named .json": ("data.json", b"\x1f\x8b\x08\x00" + b"\x00" * 20),
    "binary noise named .txt": ("noise.txt", bytes(range(256)) * 4),
    "pdf renamed .docx": ("plan.docx", b"%PDF-1.7\n%%EOF"),
    "docx renamed .pdf": ("plan.pdf", zipped(office())),
    "no extension": ("plan", b"Ke hoach binh dang gioi"),
    "double extension": ("plan.pdf.exe", b"%PDF-1.7\n%%EOF"),
    "oversized text": ("big.txt", b"a" * (MB + 1)),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_it_refuses_hostile_uploads(case):
    name, data = HOSTILE[case]
    with pytest.raises(ValidationError) as info:
        check_upload(SimpleUploadedFile(name, data), allowed=ALL_DOCS, max_bytes=MB * 2 // 2)
    assert info.value.field == "file"
    assert info.value.message  # a message for the person, not a traceback


def test_the_corpus_holds_the_kinds_of_attack_we_promise():
    assert len(HOSTILE) >= 20
