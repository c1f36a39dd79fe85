"""Text normaliser: parser output -> clean paragraphs, one per line, Unicode NFC.

Drops Markdown markers (headings, bold/italic), joins a paragraph split mid-sentence (the
next one starts in lower case and is not a list item), squeezes blanks.
"""

import re
import unicodedata

from gem.ingest.tables import rewrite_tables

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SUPERSCRIPT = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]")
_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200a\u202f\u3000]+")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_MD_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,3}(?=\S)|(?<=\S)_{1,3}(?!\w)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_LIST_ITEM = re.compile(r"^(?:[a-zđ]{1,2}[).]\s|[ivx]+[.)]\s)")
# "a/ Mục tiêu 1", "1/ Sở Nội vụ", "1) Sở Nội vụ", "II/ MỤC TIÊU": written as a) 1. II.
_SLASH_MARKER = re.compile(r"^([a-zđ]|\d{1,2}|[IVX]{1,4})(?:/|(?<=\d)\))\s+(?=\S)")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-"})


def normalise(raw: str) -> str:
    """Return the plain text the extractor reads (and evidence offsets point into)."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SUPERSCRIPT.sub("", text)
    paragraphs: list[str] = []
    lines = tab_tables(text.split("\n"))
    for line in rewrite_tables([clean_line(x) for x in lines]):
        clean = line
        if not clean:
            continue
        if paragraphs and _continues(clean):
            paragraphs[-1] = f"{paragraphs[-1]} {clean}"
        else:
            paragraphs.append(clean)
    return "\n".join(line for p in paragraphs for line in split_inline_indicators(p))


_TABLE_HEAD = re.compile(
    r"^(?:s?tt|chỉ tiêu|mục tiêu|nội dung|đơn vị|cơ quan|kỳ báo cáo|loại báo cáo|thời hạn"
    r"|nhiệm vụ)",
    re.I,
)


def tab_tables(lines: list[str]) -> list[str]:
    """A plain-text table typed with tabs ("Chỉ tiêu<TAB>Đơn vị chủ trì<TAB>Đơn vị phối hợp" and
    its rows) as 'a | b | c' rows, like a Word table; the header must name a table column."""
    out: list[str] = []
    width = 0
    for line in lines:
        cells = [c.strip() for c in re.split(r"\t+", line.strip())]
        if width and "\t" in line.strip() and 1 < len(cells) <= width:
            out.append(" | ".join(cells + [""] * (width - len(cells))))
            continue
        width = 0
        if len(cells) > 1 and all(_TABLE_HEAD.match(c) for c in cells) and len(line) < 200:
            width = len(cells)
            out.append(" | ".join(cells))
            continue
        out.append(line)
    return out


_OBJECTIVE_PARAGRAPH = re.compile(r"^(?:[a-zđ]\)\s*|\d{1,2}(?:\.\d{1,2})*\.?\s+)?Mục tiêu \d", re.I)
_INLINE_INDICATOR = re.compile(r"(?<=[.;:])\s+(?=chỉ tiêu\s+(?:số\s+)?\d{1,2}\s*:)", re.I)


def split_inline_indicators(paragraph: str) -> list[str]:
    """ "Mục tiêu 2 - ...: ... Trong năm 2026 phấn đấu thực hiện: chỉ tiêu 1: ...; chỉ tiêu 2:
    ..." (an objective written as one paragraph): its indicators on lines of their own."""
    if not _OBJECTIVE_PARAGRAPH.match(paragraph) or not _INLINE_INDICATOR.search(paragraph):
        return [paragraph]
    head, *items = _INLINE_INDICATOR.split(paragraph)
    return [head, *(item[:1].upper() + item[1:] for item in items)]


def clean_line(line: str) -> str:
    line = _MD_HEADING.sub("", line)
    line = _MD_ESCAPE.sub(r"\1", line)
    line = _MD_EMPHASIS.sub("", line)
    line = line.translate(_DASHES)
    line = _SPACES.sub(" ", line).strip()
    line = _SLASH_MARKER.sub(_slash_marker, line)
    return line.strip()


def _slash_marker(m: re.Match) -> str:
    mark = m.group(1)
    return f"{mark}) " if mark.islower() else f"{mark}. "


def _continues(line: str) -> bool:
    """A paragraph starting in lower case (not a list item) continues the previous one."""
    return line[:1].islower() and not _LIST_ITEM.match(line)
