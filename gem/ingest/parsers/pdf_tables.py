"""Ruled tables in a PDF (a Word table saved as PDF) as 'a | b | c' rows, like the .docx parser.

pypdf reads a table cell by cell and line by line, so a row's cells come out scattered over many
lines. On the pages that draw rules (cheap to see in the content stream), pdfplumber finds the
tables from their lines; the page is then its text lines outside the tables with each table's
rows put where the table stands. A row broken over two pages is joined again, a cell merged
down over several rows repeats its text on each (as python-docx gives it), and a cell merged
across columns leaves the others empty.
"""

import io
import re

from gem.ingest.assignments import _AGENCY_START

_RULE_OPS = re.compile(rb"(?<![\w.])(?:re|l)(?![\w.])")
MIN_RULES = 6
SEPARATOR = " | "
PAGE_NUMBER = re.compile(r"^\s*(?:trang\s*)?[-–]?\s*\d{1,3}\s*(?:/\s*\d{1,3})?\s*[-–]?\s*$", re.I)


def ruled_pages(reader) -> list[int]:
    """Pages whose content stream draws enough lines or rectangles to hold a table."""
    out = []
    for i, page in enumerate(reader.pages):
        try:
            contents = page.get_contents()
            data = contents.get_data() if contents is not None else b""
        except Exception:  # noqa: S112 - a damaged stream: read that page as text only
            continue
        if len(_RULE_OPS.findall(data)) >= MIN_RULES:
            out.append(i)
    return out


def pages_with_tables(data: bytes, indexes: list[int]) -> dict[int, list]:
    """page index -> its items (a text line, or a table row as a list of cells), for the pages
    where tables were found."""
    import pdfplumber

    out = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i in indexes:
            page = pdf.pages[i]
            tables = [t for t in page.find_tables() if not _is_frame(t)]
            if tables:
                out[i] = _page_items(page, tables)
    return out


def _is_frame(table) -> bool:
    """A layout frame (a one-cell box drawn around paragraphs, maybe with a table inside), not
    a table of data: a cell of many lines across most of its width."""
    width = table.bbox[2] - table.bbox[0]
    for row, texts in zip(table.rows, table.extract(), strict=False):
        for bbox, text in zip(row.cells, texts, strict=False):
            wide = bbox is not None and bbox[2] - bbox[0] > 0.6 * width
            if wide and text and text.count("\n") >= 10:
                return True
    return len(table.rows) < 2 and len(table.columns) < 2


def _page_items(page, tables) -> list:
    placed = []
    for line in page.extract_text_lines():
        middle = (line["top"] + line["bottom"]) / 2
        if not any(t.bbox[1] <= middle <= t.bbox[3] for t in tables):
            placed.append((line["top"], line["text"]))
    for table in tables:
        for k, (top, cells) in enumerate(_rows(table)):
            placed.append((top + k * 1e-3, cells))
    placed.sort(key=lambda item: item[0])
    return [item for _top, item in placed]


def _rows(table) -> list[tuple[float, list[str]]]:
    grid = table.extract()
    text_of = {}
    for row, texts in zip(table.rows, grid, strict=False):
        for bbox, text in zip(row.cells, texts, strict=False):
            if bbox is not None:
                text_of[bbox] = _cell_text(text)
    columns = [c.bbox for c in table.columns]
    out = []
    for row, texts in zip(table.rows, grid, strict=False):
        cells = []
        for c, (bbox, text) in enumerate(zip(row.cells, texts, strict=False)):
            if bbox is not None:
                cells.append(_cell_text(text))
            else:
                cells.append(_merged_from_above(row, columns[c], table.cells, text_of))
        out.append((row.bbox[1], cells))
    return out


def _merged_from_above(row, column, cells, text_of) -> str:
    """A cell merged down from a row above repeats that cell's text; one merged across from
    the left stays empty."""
    x = (column[0] + column[2]) / 2
    y = (row.bbox[1] + row.bbox[3]) / 2
    for bbox in cells:
        if bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]:
            return text_of.get(bbox, "") if bbox[1] < row.bbox[1] - 1 else ""
    return ""


def _cell_text(text: str | None) -> str:
    """The cell's lines as one: "ca sinh/1.0" + "00 phụ nữ" (a number broken by the cell's
    width) joins without a space."""
    if not text:
        return ""
    out = ""
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        glue = "" if re.search(r"[\d.,/]$", out) and line[:1].isdigit() else " "
        if _AGENCY_START.match(line) and len(line.split()) > 1 and out and not _RUNS_ON.search(out):
            glue = "; "  # "Sở Nội vụ" + "Sở Văn hóa, Thể thao và Du lịch": one body a line
        out = f"{out}{glue}{line}" if out else line
    return out.replace("|", "/")


# A cell line that starts another body's name (two words at least) after a line that ends
# one: agencies listed one a line in a table cell.
_RUNS_ON = re.compile(r"(?:[,;-]|\bvà|\bcủa|\bvới)$")


def join_broken_rows(pages: list[list]) -> list[list]:
    """A table row broken by a page break: the next page's first row, whose first cell is
    empty, continues the previous page's last row cell by cell."""
    for k in range(1, len(pages)):
        last = _last_row(pages[k - 1])
        first = _first_row(pages[k])
        if last is None or first is None:
            continue
        row, nxt = pages[k - 1][last], pages[k][first]
        if len(row) == len(nxt) and not nxt[0].strip():
            pages[k - 1][last] = [f"{a} {b}".strip() for a, b in zip(row, nxt, strict=True)]
            del pages[k][first]
    return pages


def _last_row(items: list) -> int | None:
    for i in range(len(items) - 1, -1, -1):
        if isinstance(items[i], list):
            return i
        if not PAGE_NUMBER.match(items[i]):
            return None
    return None


def _first_row(items: list) -> int | None:
    for i, item in enumerate(items):
        if isinstance(item, list):
            return i
        if not PAGE_NUMBER.match(item):
            return None
    return None
