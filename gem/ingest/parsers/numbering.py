"""Word's automatic list numbering, written out as the reader sees it ("1.", "a)", "-").

python-docx gives a paragraph's typed text only; plans often number their sections, agencies
and indicators with Word lists, and those numbers carry structure ("a) Mục tiêu 1", "1. Sở Nội
vụ"). The numbering part defines per list (w:num -> w:abstractNum) each level's start, format
and text ("%1.", "%1.%2.", "%2)"); a paragraph takes its list from its own w:numPr or from its
style's.
"""

from dataclasses import dataclass

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class _Level:
    start: int
    fmt: str
    text: str


class Numbering:
    def __init__(self, document):
        self._levels: dict[str, dict[int, _Level]] = {}  # numId -> ilvl -> level
        self._styles: dict[str, tuple[str, int]] = {}  # styleId -> (numId, ilvl)
        self._counters: dict[str, list[int | None]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstracts = {a.get(_W + "abstractNumId"): _levels(a) for a in root.iter(_W + "abstractNum")}
        for num in root.iter(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            levels = dict(abstracts.get(ref.get(_W + "val") if ref is not None else "", {}))
            for override in num.iter(_W + "lvlOverride"):
                start = override.find(_W + "startOverride")
                ilvl = int(override.get(_W + "ilvl", "0"))
                if start is not None and ilvl in levels:
                    level = levels[ilvl]
                    levels[ilvl] = _Level(int(start.get(_W + "val", "1")), level.fmt, level.text)
            self._levels[num.get(_W + "numId")] = levels
        self._styles = _style_lists(document)

    def prefix(self, paragraph) -> str:
        """The number Word shows before this paragraph ("2.1. ", "b) ", "- "), or ""."""
        num_id, ilvl = self._list_of(paragraph)
        levels = self._levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return ""
        counters = self._counters.setdefault(num_id, [None] * 10)
        current = counters[ilvl]
        counters[ilvl] = levels[ilvl].start if current is None else current + 1
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = None
        level = levels[ilvl]
        if level.fmt == "bullet":
            return "- "
        if level.fmt == "none" or not level.text:
            return ""
        text = level.text
        for k in range(ilvl + 1):
            value = counters[k] if counters[k] is not None else levels.get(k, level).start
            fmt = levels[k].fmt if k in levels else "decimal"
            text = text.replace(f"%{k + 1}", _format(value, fmt))
        return text.strip() + " "

    def _list_of(self, paragraph) -> tuple[str | None, int]:
        ppr = paragraph.find(_W + "pPr")
        numpr = ppr.find(_W + "numPr") if ppr is not None else None
        if numpr is not None:
            num_id = numpr.find(_W + "numId")
            ilvl = numpr.find(_W + "ilvl")
            return (
                num_id.get(_W + "val") if num_id is not None else None,
                int(ilvl.get(_W + "val", "0")) if ilvl is not None else 0,
            )
        style = ppr.find(_W + "pStyle") if ppr is not None else None
        if style is not None:
            return self._styles.get(style.get(_W + "val"), (None, 0))
        return None, 0


def _levels(abstract) -> dict[int, _Level]:
    out = {}
    for lvl in abstract.iter(_W + "lvl"):
        start, fmt, text = lvl.find(_W + "start"), lvl.find(_W + "numFmt"), lvl.find(_W + "lvlText")
        out[int(lvl.get(_W + "ilvl", "0"))] = _Level(
            int(start.get(_W + "val", "1")) if start is not None else 1,
            fmt.get(_W + "val", "decimal") if fmt is not None else "decimal",
            text.get(_W + "val", "") if text is not None else "",
        )
    return out


def _style_lists(document) -> dict[str, tuple[str, int]]:
    """styleId -> its list, following basedOn to the style that names one."""
    own, based = {}, {}
    for style in document.styles.element.iter(_W + "style"):
        sid = style.get(_W + "styleId")
        numpr = style.find(f"{_W}pPr/{_W}numPr")
        if numpr is not None and (num_id := numpr.find(_W + "numId")) is not None:
            ilvl = numpr.find(_W + "ilvl")
            own[sid] = (
                num_id.get(_W + "val"),
                int(ilvl.get(_W + "val", "0")) if ilvl is not None else 0,
            )
        if (parent := style.find(_W + "basedOn")) is not None:
            based[sid] = parent.get(_W + "val")
    out = {}
    for sid in {*own, *based}:
        seen, current = set(), sid
        while current and current not in own and current not in seen:
            seen.add(current)
            current = based.get(current)
        if current in own:
            out[sid] = own[current]
    return out


_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]  # fmt: skip


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        n = value
        while n > 0:
            n, r = divmod(n - 1, 26)
            letters = chr(ord("a") + r) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        out, n = "", value
        for number, numeral in _ROMAN:
            while n >= number:
                out, n = out + numeral, n - number
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)
