"""Word .docx: paragraphs and tables in body order, checked against zip bombs first."""

import io
import zipfile

from gem.ingest.errors import fail
from gem.ingest.parsers.numbering import Numbering
from gem.lib.vntext import nfc, repair_legacy

MAX_UNPACKED = 64 * 1024 * 1024  # bytes, all members together
MAX_RATIO = 200  # uncompressed / compressed size of one member
MAX_MEMBERS = 2000
CELL_SEPARATOR = " | "


def parse(data: bytes) -> str:
    _check_zip(data)
    import docx  # python-docx; imported late to keep the CLI start fast

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds (KeyError, XML errors, ...)
        raise fail("docx_corrupt") from exc
    lines = list(_body_lines(document))
    return repair_legacy(nfc("\n".join(lines)))


def _check_zip(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise fail("docx_corrupt") from exc
    if len(members) > MAX_MEMBERS:
        raise fail("docx_bomb")
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if total > MAX_UNPACKED or (member.file_size > 1_000_000 and ratio > MAX_RATIO):
            raise fail("docx_bomb")
    if "word/document.xml" not in archive.namelist():
        raise fail("docx_corrupt")
    try:
        archive.testzip()
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise fail("docx_corrupt") from exc


def _body_lines(document):
    yield from _block_lines(document.element.body, document, Numbering(document))


def _block_lines(container, parent, numbering=None):
    """Paragraphs and tables of a body or a table cell, in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield from _text_box_lines(child, parent)
            text = Paragraph(child, parent).text
            prefix = numbering.prefix(child) if numbering else ""
            yield prefix + text if text.strip() else text
        elif tag == "tbl":
            yield from _table_lines(Table(child, parent), numbering)
        elif tag == "sdt":  # a content control wraps ordinary paragraphs and tables
            for content in child.iterchildren(_W + "sdtContent"):
                yield from _block_lines(content, parent, numbering)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_box_lines(paragraph, parent):
    """Text boxes anchored in a paragraph (a header block drawn as shapes). Word stores each
    box twice, as a shape and as its VML fallback: the fallback is skipped."""
    for box in paragraph.iter(_W + "txbxContent"):
        if any(a.tag == _FALLBACK for a in box.iterancestors()):
            continue
        yield from _block_lines(box, parent)


def _table_lines(table, numbering=None):
    """A row of one-paragraph cells becomes 'a | b | c'; layout cells give their blocks in
    order (paragraphs and nested tables as they come)."""
    for row in table.rows:
        seen, cells, grid = set(), [], []
        for cell in row.cells:
            # a cell merged across columns repeats: its text once, the columns kept (empty), so
            # the cells after it stay under their headers
            grid.append(None if id(cell._tc) in seen else cell)
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(cell)
        texts = [[p.text for p in c.paragraphs if p.text.strip()] for c in cells]
        nested = any(c.tables for c in cells)
        layout = any(len(t) > 1 or (t and "\n" in t[0]) for t in texts)
        if nested or layout or len(cells) == 1:
            for cell in cells:
                yield from _block_lines(cell._tc, cell, numbering)
        else:
            by_cell = {id(c): t for c, t in zip(cells, texts, strict=True)}
            yield CELL_SEPARATOR.join(
                (by_cell[id(c)] or [""])[0] if c is not None else "" for c in grid
            )
