"""Graceful fallbacks for plans whose assignment or reporting sections are laid out in a way
the structural readers (assignments.py, reporting.py) do not recognise.

- assignments: when the structural reading finds nothing, every sentence, list item and
  table row of the plan is read for (agency, role word, indicator references), in either
  order ("Đối với các chỉ tiêu thuộc Mục tiêu 4: Sở Y tế chủ trì ...", "- Sở Nội vụ: chỉ
  tiêu 1.1, 2.1;" under "Các cơ quan được giao chủ trì chỉ tiêu:", a "Nhiệm vụ | Cơ quan chủ
  trì | Cơ quan phối hợp" table).
- reporting: a table "Loại báo cáo | Đơn vị gửi | Thời hạn | Nơi nhận" is read row by row;
  when the structural reading finds no duty at all, every sentence with a day/month date and
  a report word is read (data cut-off sentences skipped), its kind guessed from its words or
  its month.

Everything found here is reported to the caller, who flags it "low confidence".
"""

import re

from gem.ingest.assignments import _AGENCY_START, _VERB, Found, split_agencies
from gem.ingest.document import Document, Paragraph, body, strip_marker
from gem.ingest.references import find_references
from gem.ingest.reporting import _DATE, Duty, _kind_before

_LEAD = r"chủ trì|chịu trách nhiệm|đầu mối|theo dõi|tổng hợp|phụ trách"
_ROLE = re.compile(rf"(?P<lead>{_LEAD})|(?P<support>phối hợp)", re.I)
_CLAUSE = re.compile(r";|(?<=[.!?])\s+(?=[A-ZĐ])")
_NAME_END = re.compile(rf"\s*(?:[,;:()]|\.(?:\s|$)|\s-\s(?=[a-zđ])|$)|{_VERB.pattern}")
_DO = re.compile(r"\b(?:do|giao(?: cho)?|với)\s+(?=[A-ZĐÂ])")
_CELL = re.compile(r"(?<= )\|(?= |$)")


# --- assignments ----------------------------------------------------------------------------


def scan_assignments(
    doc: Document, objectives: dict[str, list[str]], skip: set[int]
) -> list[Found]:
    """Triples anywhere in the plan; paragraphs whose start is in skip (indicators) are left."""
    found: list[Found] = []
    header: dict[int, str] | None = None
    context: str | None = None  # the role of a lead-in line "Các cơ quan được giao chủ trì:"
    for p in body(doc.paragraphs):
        if p.start in skip or not p.text.strip():
            continue
        if " | " in p.text:
            cells = [c.strip() for c in _CELL.split(p.text)]
            if _agency_header(cells):
                header = _agency_header(cells)
            elif header:
                found.extend(_from_row(cells, header, p, objectives))
            continue
        header = None
        found.extend(_from_paragraph(p, objectives, context))
        if p.text.rstrip().endswith(":") and (m := _ROLE.search(p.text)):
            context = "support" if m.group("support") else "lead"
        elif not re.match(r"^\s*[-+•*–]", p.text):
            context = None
    return found


def _agency_header(cells: list[str]) -> dict[int, str] | None:
    cols = {}
    for i, c in enumerate(cells):
        if re.search(r"cơ quan|đơn vị", c, re.I) and (m := _ROLE.search(c)):
            cols[i] = "support" if m.group("support") else "lead"
    return cols or None


def _from_row(cells, header, p: Paragraph, objectives) -> list[Found]:
    text = " ".join(c for i, c in enumerate(cells) if i not in header)
    codes = [c for r in find_references(text, objectives) for c in r.codes]
    out = []
    for i, role in header.items():
        if codes and i < len(cells):
            names = split_agencies(cells[i].replace(";", ","))
            out.extend(Found(n, role, codes, [], p.start, p.end) for n in names if _named(n))
    return out


def _from_paragraph(p: Paragraph, objectives, context: str | None) -> list[Found]:
    out: list[Found] = []
    codes: list[str] = []
    text = strip_marker(p.text)
    pos = 0
    for clause in _CLAUSE.split(text):
        refs = find_references(clause, objectives)
        if refs:
            codes = [c for r in refs for c in r.codes]
        elif pos and clause[:1].isupper() and re.match(r"\s*(?:Đối với|Các chỉ tiêu)", clause):
            codes = []
        pos += 1
        if not codes:
            continue
        for name, role in _agents(clause, context):
            out.append(Found(name, role, list(codes), [], p.start, p.end))
    return out


def _agents(clause: str, context: str | None) -> list[tuple[str, str]]:
    """The agencies a clause names with their roles: "Sở Y tế: ...", "Sở Y tế chủ trì, phối
    hợp với Công an tỉnh ...", "... do Sở Giáo dục và Đào tạo chủ trì"."""
    out: list[tuple[str, str]] = []
    clause = clause.strip()
    if ":" in clause:  # "Đối với ... Mục tiêu 1: Sở Nội vụ chủ trì" or "Sở Nội vụ: chỉ tiêu 1"
        head, rest = clause.split(":", 1)
        if _named(head.strip()) and len(head.split()) <= 12:
            role = _first_role(rest) or context
            return [(head.strip(), role)] if role else []
        clause = rest.strip()
    starts = [0] if _AGENCY_START.match(clause) else []
    starts += [m.end() for m in _DO.finditer(clause)]
    for at in starts:
        name = _name_at(clause, at)
        if not name:
            continue
        after = clause[at + len(name) :]
        if clause[:at].rstrip().endswith("với"):
            out.append((name, "support"))
        elif role := _first_role(after) or context:
            out.append((name, role))
    return out


def _name_at(text: str, at: int) -> str | None:
    m = _NAME_END.search(text, at + 1)
    name = text[at : m.start() if m else len(text)].strip(" ,.")
    return name if _named(name) and 1 < len(name.split()) <= 12 else None


def _named(name: str) -> bool:
    return bool(_AGENCY_START.match(name)) and not re.match(r"Các\s+chỉ tiêu", name, re.I)


def _first_role(text: str) -> str | None:
    m = _ROLE.search(text)
    if not m:
        return None
    return "support" if m.group("support") else "lead"


# --- reporting ------------------------------------------------------------------------------

_CUTOFF = re.compile(r"chốt số liệu|số liệu (?:được )?tính từ|tính từ ngày", re.I)
_REPORT = re.compile(r"báo cáo|gửi|tổng hợp|sơ kết|tổng kết|kế hoạch", re.I)
_YEAR = re.compile(r"^(?:năm\s+)?(20\d\d)$", re.I)


def table_duties(doc: Document) -> tuple[list[Duty], set[int]]:
    """Rows of a reporting table; with the starts of the rows read (to replace what the
    sentence reader made of them)."""
    duties, rows = [], set()
    cols = None
    for p in doc.paragraphs:
        if " | " not in p.text:
            cols = None
            continue
        cells = [c.strip() for c in _CELL.split(p.text)]
        if head := _report_header(cells):
            cols = head
            continue
        if not cols:
            continue
        for due_col, by in cols.get("senders", [(cols.get("due"), None)]):
            if duty := _row_duty(cells, {**cols, "due": due_col}, p, by):
                duties.append(duty)
                rows.add(p.start)
    return duties, rows


def _report_header(cells: list[str]) -> dict[str, int] | None:
    cols = {}
    for i, c in enumerate(cells):
        low = c.lower()
        if "nhận" in low:
            cols.setdefault("to", i)
        elif re.search(r"thời hạn|hạn gửi|thời gian", low):
            cols.setdefault("due", i)
        elif re.search(r"loại|kỳ báo cáo|nội dung", low):
            cols.setdefault("kind", i)
        elif re.search(r"đơn vị|cơ quan", low):
            cols.setdefault("by", i)
    if {"kind", "due", "by"} <= cols.keys():
        return cols
    # "Loại báo cáo | Các phòng, đơn vị gửi Văn phòng Sở | Sở gửi UBND tỉnh": a deadline
    # column per sender, named by who sends to whom
    senders = [(i, _sender_by(c)) for i, c in enumerate(cells) if re.search(r"\bgửi\b", c, re.I)]
    if "kind" in cols and senders:
        return {"kind": cols["kind"], "senders": senders}
    return None


def _sender_by(header: str) -> str:
    sender = re.split(r"\bgửi\b", header, maxsplit=1, flags=re.I)[0]
    return "units" if re.search(r"\bcác\b|cấp xã|cấp huyện|,", sender, re.I) else "consolidator"


def _row_duty(cells: list[str], cols: dict, p: Paragraph, by: str | None = None) -> Duty | None:
    def cell(key):
        i = cols.get(key)
        return cells[i] if i is not None and i < len(cells) else ""

    due_cell = cell("due")
    m = _DATE.search(due_cell)
    year = _YEAR.match(re.sub(r"^(?:vào|trong)\s+", "", due_cell.strip(), flags=re.I))
    if not m and not year:
        return None
    kind = guess_kind(cell("kind"), int(m.group("m")) if m else None)
    if m:
        due = f"{int(m.group('m')):02d}-{int(m.group('d')):02d}"
        if m.group("y") and kind not in ("semiannual", "annual"):
            due = f"{m.group('y')}-{due}"
    else:
        due = year.group(1)
    if by is None:
        sender = cell("by")
        units = re.search(r"\bcác\b|cấp xã|cấp huyện|;", sender, re.I)
        by = "units" if units else "consolidator"
    return Duty(kind, by, due, p.start, p.end)


def guess_kind(words: str, month: int | None) -> str:
    """The kind the words nearest before a date name ("báo cáo 6 tháng", "sơ kết"), else by
    the month: May to July is the 6-month report, the rest of the year the annual one."""
    kind = _kind_before(words, len(words))
    if kind and kind != "annual":
        return kind
    if month and 5 <= month <= 7 and not kind:
        return "semiannual"
    return "annual"


def scan_duties(doc: Document, consolidator: str | None) -> list[Duty]:
    """Any sentence with a day/month date and a report word (the last resort)."""
    out = []
    for p in body(doc.paragraphs):
        for sentence, lo in _sentences(p.text):
            if _CUTOFF.search(sentence) or _CITATION.search(sentence):
                continue
            if not _REPORT.search(sentence):
                continue
            previous = 0
            for m in _DATE.finditer(sentence):
                kind = guess_kind(sentence[previous : m.start()], int(m.group("m")))
                previous = m.end()
                due = f"{int(m.group('m')):02d}-{int(m.group('d')):02d}"
                if m.group("y") and kind not in ("semiannual", "annual"):
                    due = f"{m.group('y')}-{due}"
                by = _scan_by(sentence, consolidator)
                out.append(Duty(kind, by, due, p.start + lo, p.start + lo + len(sentence)))
    return out


# "Căn cứ Kế hoạch số 158/KH-UBND ngày 26/3/2026": a citation's date is no deadline
_CITATION = re.compile(r"Căn cứ|\d+/(?:\d{4}/)?[A-ZĐ]{2,}", re.I)


def _sentences(text: str):
    pos = 0
    for part in re.split(r"(?<=[.;!?])\s+", text):
        idx = text.index(part, pos)
        pos = idx + len(part)
        yield part, idx


def _scan_by(sentence: str, consolidator: str | None) -> str:
    subject = strip_marker(sentence)
    if consolidator and subject.startswith(consolidator):
        return "consolidator"
    if re.search(r"\btổng hợp,?\s+báo cáo\b", sentence) and not re.search(
        r"\bđể\s+tổng hợp", sentence
    ):
        return "consolidator"
    return "units"


def consolidator_of(doc: Document) -> str | None:
    """The body the units report to ("gửi báo cáo về Sở Nội vụ")."""
    m = re.search(r"gửi(?: báo cáo)?(?: kết quả)? (?:về|đến|cho) ((?:Sở|Phòng|Vụ|Cục) [^;,.()]+?)"
                  r"(?=\s+(?:trước|để|chậm nhất)|[;,.()]|$)", doc.text, re.M)  # fmt: skip
    return m.group(1).strip() if m else None
