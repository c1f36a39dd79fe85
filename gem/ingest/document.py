"""The normalised text as a list of paragraphs with their offsets, and section finding."""

import re
from dataclasses import dataclass

ROMAN = re.compile(r"^(?:PHẦN\s+)?([IVX]{1,5})[.)]\s*(.*)$")
# "1.", "2.1.", "a)", "đ)", "-", "+", "•" and the like at the start of a paragraph.
LIST_MARKER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\)?\s+|[a-zđ][).]\s+|[-+•*–]\s*)")


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str


class Document:
    def __init__(self, text: str):
        self.text = text
        self.paragraphs: list[Paragraph] = []
        pos = 0
        for i, line in enumerate(text.split("\n")):
            self.paragraphs.append(Paragraph(i, pos, pos + len(line), line))
            pos += len(line) + 1

    def find_heading(self, pattern: re.Pattern, start: int = 0) -> int | None:
        """Index of the first section heading matching pattern (a Roman numeral or upper case)."""
        for p in self.paragraphs[start:]:
            if is_section_heading(p.text) and pattern.search(p.text):
                return p.index
        return None

    def section(self, pattern: re.Pattern) -> list[Paragraph]:
        """Paragraphs under the heading matching pattern, up to the next section heading."""
        first = self.find_heading(pattern)
        if first is None:
            return self._numbered_section(pattern)
        out = []
        for p in self.paragraphs[first + 1 :]:
            if is_section_heading(p.text) and ROMAN.match(p.text) or is_end(p.text):
                break
            out.append(p)
        return out

    def _numbered_section(self, pattern: re.Pattern) -> list[Paragraph]:
        """A section headed "6. Tổ chức thực hiện" (Arabic numbers at the top level), up to
        the next heading numbered at the same depth."""
        for p in self.paragraphs:
            m = _NUMBERED_HEADING.match(p.text)
            if m and len(p.text) < 80 and pattern.match(m.group(2)):
                depth = m.group(1).count(".")
                out = []
                for q in self.paragraphs[p.index + 1 :]:
                    n = _NUMBERED_HEADING.match(q.text)
                    if n and n.group(1).count(".") == depth and len(q.text) < 80 or is_end(q.text):
                        break
                    if ROMAN.match(q.text) and is_section_heading(q.text):
                        break
                    out.append(q)
                return out
        return []


_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.\s+(.+)$")


def is_section_heading(text: str) -> bool:
    if ROMAN.match(text) and len(text) < 160:
        return True
    body = strip_marker(text)
    letters = [c for c in body if c.isalpha()]
    return (
        len(letters) > 3
        and len(body) < 120
        and sum(c.isupper() for c in letters) > 0.85 * len(letters)
    )


def is_end(text: str) -> bool:
    """The recipients list or the signature block closes the plan's body."""
    return bool(re.match(r"^(?:Nơi nhận|TM\.\s|KT\.\s)", text))


def body(paragraphs):
    """The paragraphs of the plan's body: a closing block (recipients, signature) ends it,
    unless a plan title follows (a decision page with the plan attached after it)."""
    closed = False
    for p in paragraphs:
        if is_end(p.text):
            closed = True
        elif closed and re.fullmatch(r"KẾ HOẠCH", p.text.strip(), re.IGNORECASE):
            closed = False
        if not closed:
            yield p


def strip_marker(text: str) -> str:
    return LIST_MARKER.sub("", text, count=1).strip()
