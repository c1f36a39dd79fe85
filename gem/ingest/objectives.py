"""Objectives and their indicators ("Mục tiêu 1: ...", "- Chỉ tiêu 2: ...")."""

import re
from dataclasses import dataclass, field

from gem.ingest.document import ROMAN, Document, Paragraph, is_section_heading
from gem.ingest.quantities import bare_counts, find_quantities
from gem.ingest.references import ORDINALS

_MARK = r"(?:[a-zđ]\)\s*|\d{1,2}(?:\.\d{1,2})*\.?\s+|[-+•]\s*)?"
OBJECTIVE = re.compile(
    rf"^{_MARK}(?i:Mục tiêu)\s+(\d{{1,2}})\s*(?:[:.\-)]\s*|\s+(?=[A-ZĐ])|$)(.*)$"
)
# "Chỉ tiêu 2:", "Chỉ tiêu số 2.", "Chỉ tiêu thứ hai:", "Chỉ tiêu:"; or a bare "(2)" item.
INDICATOR = re.compile(
    rf"^(?:{_MARK}(?:Chỉ tiêu|Chi tiêu(?=\s+\d)|(?<=[-+•] )chỉ tiêu)"
    rf"(?:\s+(?:số\s+)?(?P<n>\d{{1,2}}(?:\.\d{{1,2}})?)"
    rf"|\s+thứ\s+(?P<ord>{'|'.join(ORDINALS)}))?\s*(?:[:.\-)]\s*|\s+(?=[A-ZĐ\d])|(?<=\d)$)"
    r"|\((?P<paren>\d{1,2})\)\s*)(?P<text>.*)$"
)
_BULLET = re.compile(r"^[-+•]\s*(.+)$")
# under a bare "Chỉ tiêu:" line, "a) ...", "b) ..." are its indicators too
_LETTERED = re.compile(r"^[a-zđ]\)\s*(.+)$")
_HAS_NUMBER = re.compile(r"\d\s*%|\d\s*lần|/\s*100|/\s*1\.000|tin,? bài")


@dataclass
class RawIndicator:
    number: str | None
    text: str
    start: int
    end: int
    paren: bool = False  # marked "(2)"
    mark: str = ""  # the list mark of a loose item ("+", "-", "a)")
    lead_in: bool = False  # "Đến năm 2030:" took the dashes below it as its text


@dataclass
class RawObjective:
    code: str
    title: str
    start: int
    indicators: list[RawIndicator] = field(default_factory=list)
    bullets: list[RawIndicator] = field(default_factory=list)
    # a bare "Chỉ tiêu:" line heads a list of unnumbered indicators ("- ...", coded by order)
    listed: bool = False
    # every enumerated item ("a)", "1.2.", "–") with the lines under it: the fallback when no
    # item is marked as an indicator (see loose_indicators)
    loose: list[RawIndicator] = field(default_factory=list)
    end: int = 0
    plain: list[RawIndicator] = field(default_factory=list)  # unmarked lines before any item
    by_field: bool = False  # headed by its field ("2.1. Trong lĩnh vực chính trị"), coded by order


def find_objectives(doc: Document) -> list[RawObjective]:
    objectives: list[RawObjective] = []
    current: RawObjective | None = None
    open_item: RawIndicator | None = None
    for p in doc.paragraphs:
        line = p.text
        if m := OBJECTIVE.match(line):
            # an objective named again (an annex table, a summary) opens nothing new
            current = None
            if not _seen(objectives, m.group(1)):
                current = RawObjective(m.group(1), _title(m.group(2), doc, p), p.start)
                current.end = p.end
                objectives.append(current)
            open_item = None
            continue
        if current is None:
            continue
        if _closes(p.text, line) and not _numbered_item(current, line):
            if ROMAN.match(p.text) or not OBJECTIVE.match(line):
                current = open_item = None
            continue
        _track_loose(current, line, p)
        open_item = _add_line(current, open_item, line, p)
    found = [o for o in objectives if o.indicators or o.bullets or o.title]
    if not any(o.indicators or o.bullets or o.loose for o in found):
        return _headed_by_field(doc) or found
    return found


# "2.1. Trong lĩnh vực chính trị", "b) Lĩnh vực kinh tế, lao động:" over "Chỉ tiêu 1: ..." lines
_FIELD_HEADING = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\)|[-+•])\s+(?P<title>[^\d%]{3,160}?)\s*:?\s*$"
)


def _headed_by_field(doc: Document) -> list[RawObjective]:
    """Objectives not numbered "Mục tiêu N": the list items that head "Chỉ tiêu" lines, coded
    by their order (flagged for review by plan.py as found without a "Mục tiêu" number)."""
    objectives: list[RawObjective] = []
    heading: tuple[str, Paragraph] | None = None
    current: RawObjective | None = None
    open_item = None
    for p in doc.paragraphs:
        if INDICATOR.match(p.text) and heading is not None:
            if current is None:
                title, at = heading
                current = RawObjective(str(len(objectives) + 1), title, at.start, end=at.end)
                current.by_field = True
                objectives.append(current)
            open_item = _add_line(current, open_item, p.text, p)
            continue
        if is_section_heading(p.text) and ROMAN.match(p.text):
            heading = current = open_item = None
            continue
        if (m := _FIELD_HEADING.match(p.text)) and len(m.group("title").split()) <= 20:
            heading, current, open_item = (m.group("title").strip(" .:"), p), None, None
        elif current is not None and open_item is not None:
            open_item = _add_line(current, open_item, p.text, p)
    return [o for o in objectives if o.indicators]


_NUMBERED = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")
_COMMITMENT = re.compile(
    r"không để (?:xảy ra|phát sinh)|đưa\b.*\bvào|lồng ghép|bảo đảm|duy trì|thành lập|ban hành", re.I
)


def _numbered_item(obj: RawObjective, line: str) -> bool:
    """ "1. Tỷ lệ ... đạt tối thiểu 60%." under "Mục tiêu 1: ..." (Word numbered the indicators
    itself): an indicator numbered in sequence with a target, or a commitment, not a heading."""
    m = _NUMBERED.match(line)
    if not m or is_section_heading(line) or obj.indicators:
        return False
    numbered = [i for i in obj.loose if i.mark == "1."]
    if int(m.group(1)) != len(numbered) + 1:
        return False
    if find_quantities(line) or bare_counts(line):
        return True
    return bool(_COMMITMENT.search(line)) and len(line.split()) >= 8


def _seen(objectives: list[RawObjective], code: str) -> bool:
    return any(o.code == code for o in objectives)


def _title(rest: str, doc: Document, p: Paragraph) -> str:
    rest = rest.strip(" .:")
    if rest:
        return rest
    nxt = doc.paragraphs[p.index + 1].text if p.index + 1 < len(doc.paragraphs) else ""
    return "" if INDICATOR.match(nxt) else nxt.strip(" .:")


def _closes(raw: str, line: str) -> bool:
    return (
        is_section_heading(raw)
        or bool(re.match(r"^\d{1,2}\.\s+[A-ZĐ]", line))
        and not (INDICATOR.match(line))
    )


_NOTE_LINE = re.compile(r"^(?:\(?\*+\)?\s*)?(?:Ghi chú|Lưu ý|Chú thích)\b", re.I)


def _add_line(obj: RawObjective, open_item, line: str, p: Paragraph):
    if _NOTE_LINE.match(line):
        return None  # "Ghi chú: các chỉ tiêu ..." under a table: no indicator's text
    m = INDICATOR.match(line)
    if m and not m.group("text").strip() and not _number(m) and not obj.indicators:
        obj.listed = True
        return None
    if m and m.group("paren") and any(not i.paren for i in obj.indicators):
        return None  # "(1) Lãnh đạo chủ chốt: ..." under "Chỉ tiêu 1" items is a footnote
    if m:
        item = RawIndicator(_number(m), m.group("text").strip(), p.start, p.end)
        item.paren = bool(m.group("paren"))
        obj.indicators.append(item)
        return item
    bullet = _BULLET.match(line) or (obj.listed and _LETTERED.match(line))
    if obj.listed and not (obj.bullets or obj.indicators or bullet):
        item = RawIndicator(None, line, p.start, p.end)  # "Chỉ tiêu:" and its text below it
        obj.indicators.append(item)
        return item
    if bullet and open_item is None and obj.bullets and not obj.indicators:
        # "+ Lồng ghép nội dung ... vào sinh hoạt của Chi hội" after the objective's bullets
        # with numbers: a yes/no commitment of the same list
        obj.bullets.append(RawIndicator(None, bullet.group(1).strip(), p.start, p.end))
        return None
    if open_item is not None and (not bullet or _leads_in(open_item)) or line.startswith("+"):
        if open_item is not None:
            open_item.lead_in = open_item.lead_in or bool(bullet and _leads_in(open_item))
            open_item.text = f"{open_item.text} {line}".strip()
            open_item.end = p.end
        return open_item
    b = bullet
    if b and (obj.listed or _HAS_NUMBER.search(line)) and not obj.indicators:
        item = RawIndicator(None, b.group(1).strip(), p.start, p.end)
        obj.bullets.append(item)
        return None
    if obj.title == "" and not obj.indicators:
        obj.title = line.strip(" .:")
    return open_item


def _leads_in(item: RawIndicator) -> bool:
    """ "Chỉ tiêu 2" alone, or "... Đến năm 2030:": the dashes below are its text."""
    return item.lead_in or not item.text.strip() or item.text.rstrip().endswith(":")


def _number(m: re.Match) -> str | None:
    if m.group("ord"):
        return str(ORDINALS[m.group("ord")])
    return m.group("n") or m.group("paren")


def indicator_code(obj: RawObjective, item: RawIndicator, position: int) -> str:
    if item.number and "." in item.number:
        return item.number
    if item.number:
        return f"{obj.code}.{item.number}"
    return f"{obj.code}.{position}"


# An enumerated item under an objective: "a) ...", "1.2. ...", "– ...", "* ...".
_LOOSE = re.compile(
    r"^(?:[a-zđ]\)|(?P<code>\d{1,2}\.\d{1,2})\.?|(?P<n>\d{1,2})\.(?=\s)|[-–+•*])\s*(?P<text>\S.*)$"
)


def _track_loose(obj: RawObjective, line: str, p: Paragraph) -> None:
    if line.startswith("+") and obj.loose and obj.loose[-1].mark in ("-", "–", "•", "*"):
        item = obj.loose[-1]  # "- Tỷ lệ ... hoàn thành các cấp học:" over "+ Cấp tiểu học ..."
        item.text = f"{item.text} {line.strip()}"
        item.end = p.end
        return
    if not obj.loose and not _LOOSE.match(line) and not INDICATOR.match(line):
        obj.plain.append(RawIndicator(None, line.strip(), p.start, p.end))
    if m := _LOOSE.match(line):
        item = RawIndicator(
            m.group("code") or m.group("n"), m.group("text").strip(), p.start, p.end
        )
        item.mark = re.sub(
            r"[a-zđ]", "a", re.sub(r"^\d+\.$", "1.", line[: m.start("text")].strip())
        )
        obj.loose.append(item)
    elif obj.loose:  # a line under the item: "Đến năm 2030: 80%."
        item = obj.loose[-1]
        item.text = f"{item.text} {line.strip()}"
        item.end = p.end


def loose_indicators(obj: RawObjective, has_target) -> list[RawIndicator]:
    """Fallback for an objective with no "Chỉ tiêu" marker: its enumerated items that carry a
    target number, coded by their own "1.2" or by order; else a target written on the
    objective's own line after its title ("Mục tiêu 1. Trong lĩnh vực chính trị: đạt 20%")."""
    numbered = [i for i in obj.loose if i.mark == "1."]  # "1. ...", "2. ..." (Word's numbers)
    in_order = [i.number for i in numbered] == [str(k + 1) for k in range(len(numbered))]
    plain = not (obj.indicators or obj.bullets)
    if numbered and in_order and plain and any(has_target(i.text) for i in numbered):
        return numbered
    items = [
        i
        for i in obj.loose
        if has_target(i.text) and i.mark != "1." and (not i.number or _under(obj, i.number))
    ]
    if items and not items[0].number:  # the list's other items without a number: yes/no
        items = [i for i in obj.loose if i in items or i.mark == items[0].mark and not i.number]
    if items or obj.indicators or obj.bullets:
        return items
    if len(obj.plain) == 1 and has_target(obj.plain[0].text):
        return obj.plain  # "Mục tiêu 5. ..." over one sentence with its targets
    title, sep, rest = obj.title.partition(": ")
    if sep and len(title.split()) <= 14 and has_target(rest):
        obj.title = title.strip(" .")
        return [RawIndicator(None, rest.strip(), obj.start, obj.end)]
    return []


def _under(obj: RawObjective, number: str) -> bool:
    return number.split(".")[0] == obj.code
