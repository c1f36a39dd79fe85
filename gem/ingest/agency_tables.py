"""Assignment tables with one row per agency: "TT | Cơ quan, đơn vị | Chủ trì theo dõi, báo
cáo | Phối hợp cung cấp số liệu" and rows "Sở Nội vụ | Chỉ tiêu 1, 2 (Mục tiêu 1); ... | ...".

The rows come as 'a | b | c' lines (the .docx and PDF parsers, Markdown); a row may lack its
empty first cells, so its cells are matched to the header from the right.
"""

import re

from gem.ingest.assignments import Found, split_agencies
from gem.ingest.document import Document
from gem.ingest.references import find_references
from gem.ingest.tables import LEAD_HEADER, SUPPORT_HEADER

_SEPARATOR = " | "
_AGENCY_COLUMN = re.compile(
    r"^(?:tên\s+)?(?:cơ quan|đơn vị)(?:\s*,\s*(?:đơn vị|địa phương))*$", re.I
)


def agency_rows(doc: Document, objectives) -> list[Found]:
    found: list[Found] = []
    header: tuple[int, dict[int, str]] | None = None
    width = 0
    for p in doc.paragraphs:
        if _SEPARATOR not in p.text:
            header = None
            continue
        cells = [c.strip() for c in p.text.split("|")]
        if roles := _roles(cells):
            header = roles
            width = len(cells)
            continue
        if header is None:
            continue
        agency_col, columns = header
        shift = width - len(cells)  # the row's missing leading cells
        at = agency_col - shift
        if not 0 <= at < len(cells) or not cells[at]:
            continue
        for col, role in columns.items():
            cell = cells[col - shift] if 0 <= col - shift < len(cells) else ""
            codes = [c for r in find_references(cell, objectives) for c in r.codes]
            found.extend(
                Found(name, role, codes, [], p.start, p.end)
                for name in split_agencies(cells[at])
                if codes
            )
    return found


def _roles(cells: list[str]) -> tuple[int, dict[int, str]] | None:
    """(agency column, {column: role}) of a header row, or None."""
    agency = next((i for i, c in enumerate(cells) if _AGENCY_COLUMN.match(c)), None)
    if agency is None:
        return None
    columns = {
        i: "support" if SUPPORT_HEADER.search(c) else "lead"
        for i, c in enumerate(cells)
        if i != agency and (LEAD_HEADER.search(c) or SUPPORT_HEADER.search(c))
    }
    return (agency, columns) if columns else None
