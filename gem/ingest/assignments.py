"""Who follows and reports which indicators, from the "Tổ chức thực hiện" section."""

import re
from dataclasses import dataclass

from gem.ingest.document import Document, Paragraph, strip_marker
from gem.ingest.references import find_references

SECTION = re.compile(r"TỔ CHỨC THỰC HIỆN", re.IGNORECASE)
_AGENCY_ITEM = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|[a-zđ]\.)\s*(.+)$")
_AGENCY_START = re.compile(
    r"^(?:Đề nghị\s+)?(?:Sở|Bộ|Công an|Thống kê|Cục|Chi cục|Ban|Báo|Đài|Ủy ban|Uỷ ban|UBND|Hội|"
    r"Đoàn|Liên đoàn|Liên minh|Mặt trận|Tỉnh đoàn|Văn phòng|Vụ|Viện|Trung tâm|Phòng|Trạm|"
    r"Trường|Bệnh viện|Bảo hiểm|Tòa án|Toà án|Bộ Chỉ huy|Ban Chỉ huy|Công chức|Trưởng|Thanh tra|"
    r"Các|Cơ quan|Quỹ|Ngân hàng|Kho bạc|Người đứng đầu|Công đoàn|Tập đoàn|Tổng công ty|Công ty|"
    r"Hội đồng|Đảng ủy|Đảng uỷ|Chi hội|Chi đoàn|Thường trực|Tạp chí|Học viện|Nhà xuất bản"
    r"|Cổng [Tt]hông tin|Đồn|Bộ đội|Bệnh xá)\b"
)
_ROLE_LEAD = re.compile(r"chủ trì|chịu trách nhiệm|đầu mối|phụ trách|trực tiếp theo dõi", re.I)
_ROLE_SUPPORT = re.compile(r"phối hợp", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐ])")


@dataclass
class Found:
    agency: str
    role: str
    codes: list[str]
    notes: list[str]
    start: int
    end: int


def find_assignments(doc: Document, objectives: dict[str, list[str]]) -> list[Found]:
    found: list[Found] = []
    agency: str | None = None
    level: str | None = None
    for p in doc.section(SECTION):
        if _INLINE.search(p.text):
            continue  # an annex row "(chủ trì: ...; phối hợp: ...)": annex_assignments reads it
        name = agency_heading(p.text)
        if name:
            agency, level = name, _marker_kind(p.text)
        elif bare := bare_agency_line(p.text):  # a bold heading line with only the name
            agency, level = bare, None
        elif level and _marker_kind(p.text) == level:
            agency = None  # a sibling item that is not an agency ends the agency's block
        # "- Hội Liên hiệp Phụ nữ xã: phối hợp ..." under "Đề nghị Ủy ban Mặt trận ... và các
        # đoàn thể": a dash item naming its own agency is that agency's
        own = dash_agency(p.text)
        for start, sentence in _sentences(p):  # without an agency, sentences with a subject
            found.extend(_from_sentence(own or agency, sentence, start, objectives))
    return found


def dash_agency(text: str) -> str | None:
    m = re.match(r"^[-+•*–]\s*(.+?)\s*:\s*\S", text)
    if not m or not _AGENCY_START.match(m.group(1)) or len(m.group(1).split()) > 12:
        return None
    name = re.sub(r"^Đề nghị\s+", "", m.group(1))
    return None if _VERB.search(name) or re.search(r"[.;\d]", name) else name


def annex_assignments(
    doc: Document, objectives: dict[str, list[str]], consumed: set[int]
) -> list[Found]:
    """Rows of an annex table of indicators with agency columns, outside the objectives
    (tables.py writes them "Chỉ tiêu 1: ... (chủ trì: ...; phối hợp: ...)." under the
    table's "Mục tiêu N" rows)."""
    from gem.ingest.objectives import INDICATOR, OBJECTIVE

    found: list[Found] = []
    objective = None
    for p in doc.paragraphs:
        if m := OBJECTIVE.match(p.text):
            objective = m.group(1)
            continue
        m = INDICATOR.match(p.text)
        if not m or objective is None or p.start in consumed or not m.group("n"):
            continue
        number = m.group("n")
        code = number if "." in number else f"{objective}.{number}"
        text, pairs = inline_agencies(p.text)
        # a row naming indicators by reference ("Chỉ tiêu 1.1, 1.2", "Các chỉ tiêu thuộc Mục
        # tiêu 3") rather than by its own name: those indicators
        named = [c for r in find_references(text[m.start("text") :], objectives) for c in r.codes]
        if not named and (own := _ROW_NUMBERS.match(text[m.start("text") :])):
            # "Chỉ tiêu 1, 2, 3 (tỷ số giới tính khi sinh; ...)" under "Mục tiêu 4": its own
            named = [f"{objective}.{n}" for n in re.findall(r"\d{1,2}", own.group(1))]
            named = [c for c in named if c in objectives.get(objective, [])]
        codes = named or ([code] if code in objectives.get(code.split(".")[0], []) else [])
        for name, role, only in pairs if codes else []:
            mine = [c for c in codes if c.rsplit(".", 1)[-1] in only] if only else codes
            found.append(Found(name, role, mine, [], p.start, p.end))
    return found


_ROW_NUMBERS = re.compile(r"^\s*Chỉ tiêu\s+(\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})*)\b", re.I)


def _marker_kind(text: str) -> str | None:
    m = re.match(r"^(?:(\d{1,2}(?:\.\d{1,2})*)\.|([a-zđ])[).])\s", text)
    if not m:
        return None
    return f"digit{m.group(1).count('.')}" if m.group(1) else "letter"


def agency_heading(text: str) -> str | None:
    """'đ) Sở Nội vụ' or 'k) Công an tỉnh: chủ trì ...' -> the agency's name."""
    m = _AGENCY_ITEM.match(text)
    if not m:
        return None
    # "Phòng Công tác đảng ... (Cơ quan thường trực Ban ...)": the note is not the name
    body = _NOTE.sub("", _PROMPT.sub("", m.group(1).strip()).strip(" ."))
    body = re.sub(r"\s*\([^()]*\)\s*(?=:)", "", body)
    head = re.split(r"\s*:\s*|\s+-\s+(?=[a-zđ])", body, maxsplit=1)[0].strip(" .")
    if head == body.strip(" .") and len(head.split()) > 20:
        head = subject(body) or head  # "đ) Công an tỉnh chủ trì chỉ tiêu 3 ..."
    if not _AGENCY_START.match(head) or len(head.split()) > 20 or " và các " in head:
        return None  # "Ủy ban Mặt trận Tổ quốc ... và các tổ chức chính trị - xã hội": a group
    if head != body.strip(" .") and ":" not in body and " - " not in body and not subject(body):
        return None
    return re.sub(r"^Đề nghị\s+", "", head)


def bare_agency_line(text: str) -> str | None:
    """ "Sở Y tế" alone on its line (a bold heading over its duties in prose)."""
    text = text.strip().rstrip(":").strip()
    if not _AGENCY_START.match(text) or len(text.split()) > 10 or re.search(r"[.;\d]", text):
        return None
    return None if _VERB.search(text) else re.sub(r"^Đề nghị\s+", "", text)


# "Đề nghị Hội Liên hiệp Phụ nữ ...", "Giao Sở Y tế theo dõi ...": the agency follows.
_PROMPT = re.compile(r"^(?:Giao(?:\s+cho)?|Yêu cầu)\s+(?=[A-ZĐÂ])")
_CONNECTIVE = re.compile(r"^(?:Trong đó|Riêng|Đồng thời|Ngoài ra|Cụ thể)\s*,?\s+(?=[A-ZĐ])")
# The verb that ends an agency's name when the item runs on without a colon.
_VERB = re.compile(
    r"\s*,?\s+(?:là cơ quan|là đơn vị|chủ trì|phối hợp|theo dõi|chịu trách nhiệm|có trách nhiệm"
    r"|tổng hợp|thực hiện|tổ chức|xây dựng|hướng dẫn|tham mưu|bảo đảm|đảm bảo|triển khai"
    r"|báo cáo|căn cứ|rà soát|thu thập|tham gia|chỉ đạo|cung cấp|chủ động|tiếp tục|vận động)\b"
)


def subject(text: str) -> str | None:
    """The agency a clause starts with, when a verb follows it: "Sở Nội vụ phối hợp ..."."""
    text = _PROMPT.sub("", re.sub(r"^Đề nghị\s+", "", strip_marker(text)))
    text = _CONNECTIVE.sub("", text)  # "Trong đó, Hội Liên hiệp Phụ nữ tỉnh phối hợp ..."
    m = _VERB.search(text)
    if not m or not _AGENCY_START.match(text):
        return None
    head = text[: m.start()].strip(" ,.")
    return head if 1 < len(head.split()) <= 12 else None


def _sentences(p: Paragraph):
    text = p.text
    m = _AGENCY_ITEM.match(text)
    offset = 0
    if m and ":" in m.group(1):
        offset = text.index(":", m.start(1)) + 1
    elif dash_agency(text):
        offset = text.index(":") + 1
    body = text[offset:]
    pos = 0
    for part in _SENTENCE.split(body):
        idx = body.index(part, pos)
        pos = idx + len(part)
        yield p.start + offset + idx, part


def _from_sentence(agency, sentence, start, objectives) -> list[Found]:
    out: list[Found] = []
    for ref in find_references(sentence, objectives):
        clause = sentence[: ref.start].rsplit(";", 1)[-1]
        other = subject(clause)  # "...; Sở Nội vụ phối hợp đối với chỉ tiêu 1 ..."
        role = _role(sentence[: ref.start], out[-1].role if out else None)
        who = other if other and strip_marker(clause.strip())[:1].isupper() else agency
        if who is None:  # "- Hội Liên hiệp Phụ nữ tỉnh chủ động ...; phối hợp ... chỉ tiêu 3"
            who = subject(sentence)
        if who:
            out.append(Found(who, role, ref.codes, ref.notes, start, start + len(sentence)))
    return out + _subject_only_clauses(sentence, start, objectives, out)


def _subject_only_clauses(sentence, start, objectives, found: list[Found]) -> list[Found]:
    """ "Chủ trì chỉ tiêu 2 Mục tiêu 6; Đài Phát thanh và Truyền hình tỉnh phối hợp thực hiện":
    a clause with its own agency and role word but no reference takes the previous clause's."""
    if not found:
        return []
    refs = find_references(sentence, objectives)
    out: list[Found] = []
    pos = 0
    for clause in sentence.split(";"):
        here, pos = pos, pos + len(clause) + 1
        earlier = [r for r in refs if r.start < here]
        who = subject(clause.strip())
        if not earlier or not who or find_references(clause, objectives):
            continue
        if _ROLE_SUPPORT.search(clause):
            role = "support"
        elif _ROLE_LEAD.search(clause):
            role = "lead"
        else:
            continue
        out.append(Found(who, role, earlier[-1].codes, [], start, start + len(sentence)))
    return out


def _role(before: str, previous: str | None) -> str:
    """The role words in the clause leading to the reference; else the previous reference's
    role in the same sentence; else the role words of the whole sentence; else lead."""
    clause = strip_marker(before.rsplit(";", 1)[-1])
    if previous and not (_ROLE_LEAD.search(clause) or _ROLE_SUPPORT.search(clause)):
        return previous
    for scope in (clause, before):
        lead = [m.start() for m in _ROLE_LEAD.finditer(scope)]
        support = [m.start() for m in _ROLE_SUPPORT.finditer(scope)]
        if lead or support:
            if not support:
                return "lead"
            if not lead:
                return "support"
            return "lead" if min(lead) < min(support) or max(lead) > max(support) else "support"
    return "lead"


# one level of parentheses inside: "chủ trì: Sở Nội vụ (số liệu về bạo lực trên cơ sở giới)"
_INLINE = re.compile(
    r"\s*\(((?:chủ trì|phối hợp):[^()]*(?:\([^()]*\)[^()]*)*)\)(?=\s*\.?\s*$)", re.I
)


def inline_agencies(text: str) -> tuple[str, list[tuple[str, str, list[str]]]]:
    """ "... đạt 60% (chủ trì: Sở Y tế; phối hợp: Công an tỉnh)." (a table row with agency
    columns, see tables.py) -> the text without the parenthesis, [(agency, role, only)]."""
    m = _INLINE.search(text)
    if not m:
        return text, []
    pairs = []
    for part in m.group(1).split(";"):
        words, _, names = part.partition(":")
        role = "support" if _ROLE_SUPPORT.search(words) else "lead"
        for name in split_agencies(names):
            # "Sở Dân tộc và Tôn giáo (Chỉ tiêu 2)": only that indicator of the row's ones; any
            # other note in parentheses is the part of the data each one has
            only = _ONLY.search(name)
            bare = re.sub(r"\s*\([^()]*\)", "", name).strip()
            pairs.append((bare, role, re.findall(r"\d+", only.group(1)) if only else []))
    return text[: m.start()] + text[m.end() :], pairs


_ONLY = re.compile(r"\(\s*chỉ tiêu\s+(\d{1,2}(?:\s*,\s*\d{1,2})*)\s*\)", re.I)


_ONE_OFFICE = re.compile(r"(?:HĐND|Hội đồng nhân dân)$")


def split_agencies(names: str) -> list[str]:
    """ "Sở Y tế, Công an tỉnh và Sở Văn hóa, Thể thao và Du lịch" -> three agencies: a comma
    or "và" separates two names only where the next part starts like an agency's name."""
    names = re.sub(r"^[-+•]\s*", "", names.strip(" ."))
    out, start = [], 0
    for m in re.finditer(r"\s*(?:[,;]|\bvà\b|\s[-+•](?=\s))\s*", names):
        if "và" in m.group() and _ONE_OFFICE.search(names, 0, m.start()):
            continue  # "Văn phòng HĐND và UBND xã" is one office
        if _AGENCY_START.match(names[m.end() :]):
            out.append(names[start : m.start()])
            start = m.end()
    out.append(names[start:])
    return [n.strip(" ,;.") for n in out if n.strip(" ,;.")]


_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def merge(found: list[Found]) -> tuple[list[dict], list[tuple[int, int]], list[str]]:
    """One entry per (agency, role), indicators in code order; with evidence spans and notes."""
    merged: dict[tuple[str, str], dict] = {}
    spans: dict[tuple[str, str], tuple[int, int]] = {}
    notes: dict[tuple[str, str], list[str]] = {}
    for f in found:
        # "Sở Kế hoạch và Đầu tư, Cục Thống kê tỉnh: phối hợp ..." names two agencies; a
        # name's own note in parentheses is not part of it ("Phòng Tổ chức cán bộ (Thường trực
        # Ban ...)")
        for agency in split_agencies(_NOTE.sub("", f.agency)) or [f.agency]:
            key = (agency, f.role)
            entry = merged.setdefault(key, {"agency": agency, "role": f.role, "indicators": []})
            spans.setdefault(key, (f.start, f.end))
            entry["indicators"].extend(c for c in f.codes if c not in entry["indicators"])
            notes.setdefault(key, []).extend(n for n in f.notes if n not in notes[key])
    for entry in merged.values():
        entry["indicators"].sort(key=_code_key)
    keys = list(merged)
    return [merged[k] for k in keys], [spans[k] for k in keys], ["; ".join(notes[k]) for k in keys]


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(x) if x.isdigit() else 0 for x in code.split("."))
