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
# "a/ Mục tiêu 1", "1/ Sở Nội vụ", "II/ MỤC TIÊU": the slash marker is written as a) 1. II.
_SLASH_MARKER = re.compile(r"^([a-zđ]|\d{1,2}|[IVX]{1,4})/\s+(?=\S)")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-"})


def normalise(raw: str) -> str:
    """Return the plain text the extractor reads (and evidence offsets point into)."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SUPERSCRIPT.sub("", text)
    paragraphs: list[str] = []
    for line in rewrite_tables([clean_line(x) for x in text.split("\n")]):
        clean = line
        if not clean:
            continue
        if paragraphs and _continues(clean):
            paragraphs[-1] = f"{paragraphs[-1]} {clean}"
        else:
            paragraphs.append(clean)
    return "\n".join(paragraphs)


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
