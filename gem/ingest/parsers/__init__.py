"""Document parsers: bytes of one file format -> plain text (paragraphs separated by newlines).

`parse(data, filename)` picks the parser by content (magic bytes) first, the extension second.
"""

from pathlib import PurePath

from gem.ingest.errors import fail
from gem.ingest.parsers import docx, pdf, text

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary .doc / .xls


def parse(data: bytes, filename: str) -> str:
    """Return the document's text; raise ExtractError when it cannot be read."""
    if not data or not data.strip():
        raise fail("empty")
    suffix = PurePath(filename or "").suffix.lower()
    if data.startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        return pdf.parse(data)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return docx.parse(data)
    if data.startswith(_OLE):
        raise fail("old_doc")
    if suffix in {".docx", ".pdf"}:
        # The extension promises a binary format the content does not have.
        raise fail("docx_corrupt" if suffix == ".docx" else "pdf_corrupt")
    return text.parse(data)
