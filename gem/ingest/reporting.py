"""Reporting duties with a date: kind, who reports (units or the consolidator), due date."""

import re
from dataclasses import dataclass

from gem.ingest.document import Document, body, strip_marker

_DATE = re.compile(
    r"(?P<d>\d{1,2})\s*(?:/|-|\s+tháng\s+)\s*(?P<m>\d{1,2})"
    r"(?:\s*(?:/|-|\s+năm\s+)\s*(?P<y>\d{4}))?(?![\d/])"
)
_DEADLINE = re.compile(
    r"(?:trước|chậm nhất|không muộn hơn|không quá|hạn chót|hạn cuối|hạn nộp|hạn)"
    r"(?:\s+(?:là|vào|trong))*\s*(?:ngày\s*)?$",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(
    r"(?:(?:vào|trong)\s+(?:quý\s+[IV]+\s+)?|^(?:\d{1,2}\.|[a-zđ]\))?\s*|[-;]\s*"
    r"|(?<=kỳ )|(?<=kết )|(?<=: ))năm\s+(20\d{2})"
    r"|vào\s+(20\d{2})\b",
    re.I,
)
_KINDS = [
    ("semiannual", r"6\s*tháng|06\s*tháng|sáu tháng|bán niên"),
    ("midterm", r"sơ kết|giữa kỳ|giữa giai đoạn"),
    ("final", r"tổng kết|cuối kỳ|kết thúc giai đoạn"),
    ("adhoc", r"đột xuất"),
    ("plan", r"(?:xây dựng|ban hành|xây dựng, ban hành|gửi)(?:\s+và\s+ban hành)?\s+kế hoạch"),
    ("annual", r"báo cáo (?:định kỳ )?(?:hằng |hàng |cả )?năm|(?:định kỳ )?(?:hằng|hàng) năm"
               r"|báo cáo kết quả (?:thực hiện )?năm|\bcả năm\b"
               r"|(?<!\d )(?<!đầu )(?<!cuối )\bnăm\b(?=\s*[:(])"
               r"|(?:(?<=, )|(?<=; ))năm(?=\s+(?:trước|chậm nhất))"),
]  # fmt: skip
_KIND_RE = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _KINDS]
# Between two dates of one list: "10/6 và 10/12", "30/6 và trước ngày 31/12",
# "10/6 (báo cáo 6 tháng) và 10/12 (báo cáo năm)".
_JOINT = (
    r"\s*(?:\([^()]{1,40}\))?\s*(?:,|và)\s*"
    r"(?:(?:trước|chậm nhất(?:\s+là)?)\s+)?(?:ngày\s*)?"
)
_RECURRENCE = re.compile(r"(\d{1,2}/\d{1,2})(\s+(?:hằng|hàng) năm)")
_CLAUSE = re.compile(r";|\.\s+(?=[A-ZĐ])")
_UNITS_CUE = re.compile(
    r"\bcác (?:sở|cơ quan|đơn vị|địa phương|ngành|phòng|thôn|xã|vụ|cục|tổ chức|ban)\b"
    r"|UBND các|Ủy ban nhân dân các|đối với|gửi (?:báo cáo )?(?:về|đến|cho)",
    re.IGNORECASE,
)
_CONSOLIDATOR_CUE = re.compile(r"(?<!để )(?<!để )\btổng hợp\b(?!\s+chung\b)", re.IGNORECASE)
REPORT_WORDS = re.compile(r"báo cáo|kế hoạch|sơ kết|tổng kết", re.IGNORECASE)


@dataclass
class Duty:
    kind: str
    by: str
    due: str
    start: int
    end: int


def find_duties(doc: Document, after: int, annual_plan: bool) -> list[Duty]:
    duties: list[Duty] = []
    heading_kind = None
    organisation = doc.find_heading(re.compile(r"TỔ CHỨC THỰC HIỆN|CHẾ ĐỘ BÁO CÁO", re.I))
    for p in body(doc.paragraphs):
        if p.start < after:
            continue
        if _is_heading(p.text):
            heading_kind = _kind_before(p.text, len(p.text))
        early = organisation is not None and p.index < organisation
        found = sorted(_duties_in(p.text, heading_kind, annual_plan, early), key=lambda d: d[5])
        for kind, by, due, lo, hi, _pos in found:
            duties.append(Duty(kind, by, due, p.start + lo, p.start + hi))
    return _dedupe(duties)


def _is_heading(text: str) -> bool:
    """A short numbered or lettered line, or one ending with a colon, without a date."""
    if _DATE.search(text) or len(text) > 90:
        return False
    return bool(re.match(r"^(?:[IVX]+\.|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))\s", text)) or (
        text.endswith(":")
    )


def _duties_in(text: str, heading_kind, annual_plan, early: bool = False):
    masked = _RECURRENCE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    previous_deadline = -1
    for m in _DATE.finditer(masked):
        before = masked[max(0, m.start() - 30) : m.start()]
        follows = previous_deadline >= 0 and re.fullmatch(
            _JOINT, masked[previous_deadline : m.start()]
        )
        if not (_DEADLINE.search(before) or follows):
            continue
        previous_deadline = m.end()
        lo, hi = _clause_bounds(masked, m.start())
        sentence = _sentence(masked, m.start())
        if not REPORT_WORDS.search(sentence):
            continue
        floor = sentence_floor(masked, m.start())
        kind = (
            _kind_in_parentheses(masked, m.end())
            or _kind_of_pair(masked, m, bool(follows))
            or _kind_before(masked, m.start(), lo)
            or _kind_by_month(masked[floor:hi], int(m.group("m")))
            or _kind_before(masked, m.start(), floor)
            or heading_kind
        )
        if kind == "annual" and _plan_after(masked, m, lo, hi):
            kind = "plan"  # "Hằng năm, trước ngày 31/01, các đơn vị xây dựng kế hoạch ..."
        if kind is None:
            kind = "annual" if annual_plan or not m.group("y") else "final"
        by = _by_subject(masked, lo, hi, m.start())
        yield kind, by, _due(kind, m), lo, hi, m.start()
    dates = list(_DATE.finditer(masked))
    for m in _YEAR_ONLY.finditer(masked):
        # the clause around the year itself (a list marker "3." before it is no clause break)
        lo, hi = _clause_bounds(masked, m.start(1) if m.group(1) else m.start(2))
        if masked[m.start()] not in "-;":  # "3. Năm 2028 ...": the list marker is no break
            lo = min(lo, m.start())
        year = m.group(1) or m.group(2)
        if any(lo <= d.start() < hi and d.group("y") == year for d in dates):
            continue  # a full date of that year says more ("Năm 2028, ... trước ngày 31/10/2028")
        # the review named nearest before the year ("sơ kết vào năm 2028 và tổng kết vào năm
        # 2030"), else the one after it ("Năm 2028 tổ chức sơ kết")
        kind = _kind_before(masked, m.start(), lo) or _kind_before(masked, hi, m.end())
        if not _REVIEW_ACT.search(masked, lo, hi) or early and not _HOLDS.search(masked, lo, hi):
            continue  # "mốc đánh giá giữa kỳ năm 2028", "mục tiêu sơ kết ... vào năm 2028"
        if kind in ("midterm", "final"):
            by = _by_subject(masked, lo, hi, m.start())
            at = m.start(1) if m.group(1) else m.start(2)
            if by == "units" and _dated_in_sentence(masked, at, dates, year):
                continue  # "Năm 2028 tổ chức sơ kết ...; các cơ quan gửi báo cáo ... 31/5/2028"
            yield kind, by, year, lo, hi, m.start()


def _dated_in_sentence(text: str, pos: int, dates: list[re.Match], year: str) -> bool:
    lo = sentence_floor(text, pos)
    hi = lo + len(_sentence(text, pos))
    return any(lo <= d.start() < hi and d.group("y") == year for d in dates)


def _plan_after(text: str, m: re.Match, lo: int, hi: int) -> bool:
    """Only a recurrence before the date, and "xây dựng kế hoạch" after it in the clause."""
    plan = dict(_KIND_RE)["plan"]
    before = text[lo : m.start()]
    return bool(plan.search(text, m.end(), hi)) and not re.search(r"báo cáo", before, re.I)


def _kind_of_pair(text: str, m: re.Match, follows: bool) -> str | None:
    """ "trước ngày 15/6 và 15/12 hằng năm": a mid-year and a year-end date given together are
    the 6-month and the annual deadlines."""
    if follows:
        other = list(_DATE.finditer(text, 0, m.start()))[-1:]
    else:
        nxt = re.match(_JOINT, text[m.end() :])
        other = [_DATE.match(text, m.end() + nxt.end())] if nxt else []
    if not other or other[0] is None:
        return None
    months = sorted((int(m.group("m")), int(other[0].group("m"))))
    if not (5 <= months[0] <= 8 and months[1] in (10, 11, 12)):
        return None
    return "semiannual" if 5 <= int(m.group("m")) <= 8 else "annual"


def _kind_by_month(sentence: str, month: int) -> str | None:
    """A sentence naming both 6-month and annual reports: June dates are the 6-month ones."""
    kinds = {kind for kind, pattern in _KIND_RE if pattern.search(sentence)}
    if {"semiannual", "annual"} <= kinds:
        return "semiannual" if 5 <= month <= 8 else "annual" if month in (1, 10, 11, 12) else None
    return None


def _kind_in_parentheses(text: str, pos: int) -> str | None:
    """ "trước ngày 10/6 (báo cáo 6 tháng)": the kind named right after the date."""
    m = re.match(r"\s*(?:hằng năm\s*)?\(([^()]{1,60})\)", text[pos:]) or re.match(
        r"\s*(?:hằng năm\s*)?,?\s*(?:đối với|với|cho)\s+((?:các\s+)?(?:báo cáo|kỳ)[^;,.()]{1,40})",
        text[pos:],
    )  # "chậm nhất ngày 12/6 đối với báo cáo 6 tháng và ... 05/12 đối với báo cáo năm"
    return _kind_before(m.group(1), len(m.group(1))) if m else None


def _kind_before(text: str, pos: int, floor: int = 0) -> str | None:
    best, best_end, best_text, plan = None, -1, "", False
    for kind, pattern in _KIND_RE:
        for m in pattern.finditer(text, floor, pos):
            plan = plan or kind == "plan"
            if m.end() > best_end:
                best, best_end, best_text = kind, m.end(), m.group()
    if best == "annual" and plan and _RECURS.search(best_text):
        return "plan"  # "xây dựng kế hoạch ... hằng năm của đơn vị, gửi ... trước ngày 31/01"
    return best


_RECURS = re.compile(r"^(?:định kỳ )?(?:hằng|hàng) năm$", re.I)


def sentence_floor(text: str, pos: int) -> int:
    starts = [m.end() for m in re.finditer(r"\.\s+(?=[A-ZĐ])", text[:pos])]
    return starts[-1] if starts else 0


def _sentence(text: str, pos: int) -> str:
    lo = sentence_floor(text, pos)
    m = re.search(r"\.\s+(?=[A-ZĐ])", text[pos:])
    return text[lo : pos + m.start() if m else len(text)]


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    lo = max([m.end() for m in _CLAUSE.finditer(text, 0, pos)] or [0])
    m = _CLAUSE.search(text, pos)
    return lo, m.start() if m else len(text)


# A clause whose subject is one named body that sums up, advises or organises the review.
_CONSOLIDATOR_SUBJECT = re.compile(
    r"^(?:Sở|Phòng|Vụ|Cục|Văn phòng|Ban|Trung tâm|Bộ|Công chức|Cơ quan thường trực)\s"
    r"(?:(?!\bcác\b)[^;()]){2,80}?\s"
    r"(?:tổng hợp|tham mưu|chủ trì|là cơ quan thường trực|tổ chức (?:sơ kết|tổng kết))\b"
)
# "Ủy ban nhân dân đặc khu báo cáo Ủy ban nhân dân tỉnh", "UBND phường tổng hợp": the issuing
# committee itself (one unit, not "các xã") reporting up.
_OWN_COMMITTEE = re.compile(
    r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?:tỉnh|thành phố|xã|phường|đặc khu|huyện)\b"
    r"(?:(?!\bcác\b)[^;()]){0,60}?\s(?:báo cáo|tổng hợp|tổ chức)\b"
)
# "3. Sơ kết, tổng kết: Sở Nội vụ tham mưu ...": a short label before the clause's subject
_LEAD_IN = re.compile(
    r"^(?:[^:;,.]{1,40}(?:,[^:;,.]{1,30})?:\s+|(?:(?:Đến|Vào|Trong)\s+)?[Nn]ăm\s+20\d\d\s*,\s*"
    r"|(?:Hằng|Hàng) năm\s*,\s*)(?=[A-ZĐ])"
)
_ADVISES = re.compile(r"^(?:Tham mưu|Giúp)\s+(?:cho\s+)?(?:Ủy ban|Uỷ ban|UBND|Bộ trưởng|Lãnh đạo)")
_REVIEW_ACT = re.compile(r"sơ kết|tổng kết|tổ chức|báo cáo", re.I)
# before "Tổ chức thực hiện" a review year is a duty only when someone holds the review
_HOLDS = re.compile(
    r"(?:tổ chức|tiến hành|báo cáo|gửi)\s+(?:\w+\s+){0,3}?(?:sơ kết|tổng kết)", re.I
)
# "... về Sở Nội vụ để tổng hợp, báo cáo ...", "... để Bộ tổng hợp, báo cáo Bộ Nội vụ trước ..."
_AFTER_COLLECTING = re.compile(
    r"\bđể\s+(?:(?:Sở|Bộ|Phòng|UBND|Ủy ban|Văn phòng)\b[^,;]{0,40}?\s+)?tổng hợp\b", re.I
)


def _by(clause: str, pos: int | None = None) -> str:
    """units, or consolidator for the body that sums up (a deadline after "... về Sở Nội vụ
    để tổng hợp, báo cáo ..." is the consolidator's)."""
    collecting = _AFTER_COLLECTING.search(clause, 0, pos) if pos is not None else None
    if collecting and ":" not in clause[collecting.end() : pos]:
        return "consolidator"  # not "... để tổng hợp: báo cáo 6 tháng trước ngày 05/6"
    subject = _LEAD_IN.sub("", strip_marker(clause.strip()))
    if _CONSOLIDATOR_SUBJECT.match(subject) or _OWN_COMMITTEE.match(subject):
        return "consolidator"
    if _ADVISES.match(subject):  # a task of the standing body: "- Tham mưu UBND tỉnh tổ chức ..."
        return "consolidator"
    if _CONSOLIDATOR_CUE.search(clause) and not re.search(r"\bđối với\b", clause):
        head = clause[: _CONSOLIDATOR_CUE.search(clause).start()]
        if not _UNITS_CUE.search(head) or re.search(r"(?<!để )\b(?:Sở|Phòng|Bộ)\b[^,]*$", head):
            return "consolidator"
    return "units"


def _by_subject(text: str, lo: int, hi: int, pos: int) -> str:
    """_by of the clause; a clause without a subject ("...; chủ trì tổ chức sơ kết vào năm
    2028") has the subject of the clause before it in the same sentence."""
    body = strip_marker(text[lo:hi])
    floor = sentence_floor(text, lo)
    if body[:1].islower() and floor < lo and not _UNITS_CUE.match(body):
        previous = _clause_bounds(text, max(floor, lo - 2))[0]
        if strip_marker(text[previous:lo])[:1].isupper():
            return _by(text[previous:lo].rstrip(" ;"))
    return _by(text[lo:hi], pos - lo)


def _due(kind: str, m: re.Match) -> str:
    day, month, year = int(m.group("d")), int(m.group("m")), m.group("y")
    if year and kind not in ("semiannual", "annual"):
        return f"{year}-{month:02d}-{day:02d}"
    return f"{month:02d}-{day:02d}"


def _dedupe(duties: list[Duty]) -> list[Duty]:
    seen, out = set(), []
    for d in duties:
        key = (d.kind, d.by, d.due)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


_TO = re.compile(
    r"(?:gửi(?: báo cáo)?(?: kết quả)? (?:về|đến|cho)|báo cáo(?: kết quả)?(?: về)?)\s+"
    r"((?:UBND|Ủy ban|Uỷ ban|Sở|Bộ|Phòng|Thủ tướng|Chính phủ|Văn phòng)[^;()]*?)"
    r"(?=\s+(?:trước|chậm nhất|để|theo|qua|trong|vào)\b|\s*[;.(]|$)"
)


def recipient(clause: str) -> str | None:
    """Whom a duty reports to ("gửi về Sở Nội vụ", "báo cáo UBND tỉnh, Bộ Nội vụ")."""
    m = _TO.search(clause)
    return m.group(1).strip(" ,") if m else None
