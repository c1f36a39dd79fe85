"""Legal bases and the parent plan, read from the preamble ("Căn cứ ...; Thực hiện ...")."""

import re
from dataclasses import dataclass

from gem.ingest.document import Document, is_section_heading

_TYPES = (
    r"Bộ luật|Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư liên tịch|Thông tư"
    r"|Công văn|Văn bản|Kế hoạch|Hướng dẫn|Kết luận|Thông báo|Chương trình|Đề án"
)
_NUMBERED = re.compile(
    rf"\b({_TYPES})\s+(?:số\s+)?(\d+[\w/.&\-]*\d*[\w&\-]*)"
    r"(?:\s+ngày\s+(\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})))?"
)
_LAW = re.compile(r"\b(Bộ luật|Luật)\s+([A-ZĐ][^;,]*?\bnăm\s+\d{4})")
# Where the issuer ends and the description starts.
_DESCRIPTION = re.compile(
    r"\s+(?=về\b|quy định\b|ban hành\b|hướng dẫn\b|phê duyệt\b|triển khai\b|thực hiện\b)"
)
# The end of one citation: a semicolon, or a comma before a capital (the next clause).
_ITEM_END = re.compile(r";|,\s+(?=[A-ZĐÂĂÊÔƠƯ])|\.\s*$|:\s*$")


@dataclass
class Citation:
    kind: str
    short: str  # type, number, date and issuer
    description: str  # "về ..." or "" ; may be another verb phrase

    def full(self) -> str:
        return f"{self.short} {self.description}".strip()


def preamble(doc: Document, after: int | None) -> str:
    start = (after or 0) + 1 if after is not None else 0
    parts = []
    for p in doc.paragraphs[start : start + 12]:
        if is_section_heading(p.text):
            break
        parts.append(p.text)
    return "\n".join(parts)


def find_citations(text: str) -> list[Citation]:
    found: list[tuple[int, Citation]] = []
    for m in _NUMBERED.finditer(text):
        if m.group(1) == "Kế hoạch" and not re.search(r"\d+/", m.group(2)):
            continue
        end = _item_end(text, m.end())
        found.append((m.start(), _split(m.group(1), text[m.start() : end])))
    for m in _LAW.finditer(text):
        if not any(start <= m.start() < start + len(c.full()) for start, c in found):
            found.append((m.start(), Citation(m.group(1), m.group(0).strip(), "")))
    found.sort(key=lambda pair: pair[0])
    return [c for _, c in found]


def _item_end(text: str, pos: int) -> int:
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    m = _ITEM_END.search(text, pos, line_end)
    return m.start() if m else line_end


def _split(kind: str, item: str) -> Citation:
    item = item.strip(" ,;.")
    issuer_at = item.find(" của ")
    if issuer_at < 0:
        return Citation(kind, item, "")
    m = _DESCRIPTION.search(item, issuer_at + 5)
    if not m:
        return Citation(kind, item, "")
    return Citation(kind, item[: m.start()].strip(), item[m.end() :].strip())


def legal_bases(citations: list[Citation]) -> list[str]:
    """Full citations when every one is described with "về ...", short forms otherwise."""
    described = [c for c in citations if c.description]
    keep = bool(described) and all(
        c.description.startswith("về") for c in citations if " của " in c.short
    )
    return [c.full() if keep else c.short for c in citations]


def find_parent(citations: list[Citation]) -> str | None:
    for c in citations:
        if c.kind == "Kế hoạch":
            return c.short
    for c in citations:
        if c.kind == "Quyết định" and re.match(
            r"(?:về\s+việc\s+)?ban hành Kế hoạch", c.description
        ):
            return c.short
    return None
