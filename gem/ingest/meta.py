"""Plan metadata: title, issuer, level, area, period, legal bases, parent plan."""

import re

from gem.ingest.document import Document, is_section_heading
from gem.lib.vntext import title_case

_TITLE_MARK = re.compile(r"^KẾ HOẠCH\b\s*:?\s*(.*)$")
_CITED = re.compile(r"\b(?:số|Số)\s+\d+/|\d+/\d{4}/|\d+/[A-ZĐ]")
_UNIT_WORDS = r"TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|HUYỆN|QUẬN|THỊ XÃ"
_HEADER_UNIT = re.compile(rf"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)?\s*({_UNIT_WORDS})\s+(.+)$")
_HEADER_AGENCY = re.compile(
    r"^(BỘ|SỞ|ỦY BAN QUỐC GIA|UỶ BAN QUỐC GIA|CÔNG AN|TẬP ĐOÀN|TỔNG CÔNG TY|HỘI LIÊN HIỆP"
    r"|HỘI LHPN|LIÊN ĐOÀN LAO ĐỘNG|BỘ CHỈ HUY|TRUNG ƯƠNG HỘI)\s+(\S.*)$"
)
_BODY_UNIT = re.compile(
    r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(tỉnh|thành phố|xã|phường|thị trấn|đặc khu"
    r"|huyện|quận|thị xã)\b(?:\s+([A-ZĐ]\S*(?:\s+[A-ZĐ]\S*)*))?"
)
_AREA_IN_TITLE = re.compile(
    r"\b(tỉnh|thành phố|xã|phường|thị trấn|đặc khu)\s+([A-ZĐ]\S*(?:\s+(?:-\s+)?[A-ZĐ]\S*)*)"
)
LEVELS = {
    "tỉnh": "province", "thành phố": "province", "xã": "commune", "phường": "commune",
    "thị trấn": "commune", "đặc khu": "commune", "huyện": "district", "quận": "district",
    "thị xã": "district",
}  # fmt: skip


def title_index(doc: Document) -> int | None:
    for p in doc.paragraphs[:80]:
        if _TITLE_MARK.match(p.text):
            return p.index
    return None


def find_title(doc: Document) -> tuple[str | None, int | None]:
    """Return (title, index of its last paragraph)."""
    start = title_index(doc)
    if start is None:
        return None, None
    rest = _TITLE_MARK.match(doc.paragraphs[start].text).group(1).strip()
    if rest:
        return _clean_title(rest), start
    parts, last = [], start
    for p in doc.paragraphs[start + 1 : start + 4]:
        if _CITED.search(p.text) or p.text.startswith("Căn cứ") or is_section_heading(p.text):
            break
        if len(p.text) > 300 or (parts and not _title_like_continuation(p.text)):
            break
        parts.append(p.text)
        last = p.index
    return (_clean_title(" ".join(parts)) if parts else None), last


def _title_like_continuation(text: str) -> bool:
    numbered = re.match(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|[IVX]+\.|[a-zđ]\))\s", text)
    return len(text) < 120 and not text.endswith((".", ";", ":")) and not numbered


def _clean_title(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip(" .:;-")


def find_issuer(doc: Document, title: str | None) -> tuple[str | None, str | None, str | None]:
    """Return (issuer, level, area)."""
    stop = title_index(doc) or 0
    header = [
        part.strip()
        for p in doc.paragraphs[:stop]
        for cell in p.text.split(" | ")
        for part in _SIDE_BY_SIDE.split(cell)
    ]
    found = _issuer_from_header(header, doc.text)
    if found:
        return found
    head_text = " ".join(p.text for p in doc.paragraphs[: (stop or 0) + 8])
    for m in _BODY_UNIT.finditer(head_text):
        word, name = m.group(1), m.group(2)
        if not name:
            area = _area_from_title(title, word)
            if area is None:
                continue
            name = area
        return f"UBND {word} {name}", LEVELS[word], name
    return None, None, None


# Two header blocks typed side by side on one line (tabs or spaces, squeezed to one space):
# "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ...", "TỈNH NGHỆ AN Độc lập - Tự do - Hạnh phúc".
_SIDE_BY_SIDE = re.compile(
    r"\s+(?=CỘNG HÒA|CỘNG HOÀ|Cộng hòa|Cộng hoà|Độc lập|Số:|[A-ZĐ]\w*"
    r"(?: [A-ZĐ]\w*)*, ngày)"
)


def _issuer_from_header(cells: list[str], body: str):
    unit = agency = None
    cells = _joined_names(cells)
    for cell in cells:
        if cell.startswith(("CỘNG HÒA", "CỘNG HOÀ", "Độc lập")):
            continue
        m = _HEADER_AGENCY.match(cell)
        if m and cell.isupper() and (agency is None or _UNDER_MINISTRY.match(agency)):
            # "BỘ CÔNG AN / CÔNG AN TỈNH TUYÊN QUANG": the unit under the ministry issues it
            agency = cell
            continue
        m = _HEADER_UNIT.match(cell)
        if m and cell.isupper():
            unit = (m.group(1).lower(), _mixed_case(m.group(2), body))
            continue
    if agency is not None:
        if (m := _AGENCY_IN_UNIT.match(agency)) and unit is None:  # "CÔNG AN TỈNH TUYÊN QUANG"
            return _mixed_case(agency, body), "agency", _mixed_case(m.group(3), body)
        agency = _mixed_case(agency, body)
    if unit and agency:  # "UBND TỈNH KHÁNH HÒA / SỞ Y TẾ": the department issues the plan
        word, name = unit
        return f"{agency} {word} {name}", "agency", name
    if unit:
        word, name = unit
        return f"UBND {word} {name}", LEVELS[word], name
    if agency:
        return agency, "agency", None
    return None


_UNDER_MINISTRY = re.compile(r"^BỘ (?:CÔNG AN|QUỐC PHÒNG)$")
_AGENCY_IN_UNIT = re.compile(rf"^(.+?)\s+({_UNIT_WORDS})\s+(.+)$")


def _joined_names(cells: list[str]) -> list[str]:
    """A header name set on two lines: "BỘ NÔNG NGHIỆP" + "VÀ MÔI TRƯỜNG", "TẬP ĐOÀN CÔNG
    NGHIỆP" + "CAO SU VIỆT NAM"."""
    out: list[str] = []
    motto = re.compile(r"^(?:CỘNG HÒA|CỘNG HOÀ|Cộng hòa|Độc lập|[-_=]+$)")
    for cell in (c for c in cells if not motto.match(c)):
        previous = out[-1] if out else ""
        continues = (
            cell.isupper()
            and previous.isupper()
            and (
                cell.startswith("VÀ ")
                or _HEADER_AGENCY.match(previous)
                and not _HEADER_AGENCY.match(cell)
                and not _HEADER_UNIT.match(cell)
                and not re.search(r"CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|SỐ:|\d", cell)
                and previous.split()[0] in ("TẬP", "TỔNG")
            )
        )
        if continues:
            out[-1] = f"{previous} {cell}"
        else:
            out.append(cell)
    return out


def _mixed_case(upper: str, body: str) -> str:
    """The name as the body writes it ('BỘ Y TẾ' -> 'Bộ Y tế'), else title case."""
    upper = re.sub(r"\s+", " ", upper).strip()
    pattern = re.compile(r"\b" + re.escape(upper).replace(r"\ ", r"\s+") + r"\b", re.IGNORECASE)
    for m in pattern.finditer(body):
        if not m.group(0).isupper():
            return re.sub(r"\s+", " ", m.group(0))
    return title_case(upper)


def _area_from_title(title: str | None, word: str) -> str | None:
    for m in _AREA_IN_TITLE.finditer(title or ""):
        if m.group(1) == word:
            return m.group(2)
    return None


def find_period(title: str | None, doc: Document) -> dict | None:
    head = " ".join([title or ""] + [p.text for p in doc.paragraphs[:40]])
    for text in (title or "", head):
        m = re.search(r"giai đoạn\s+(\d{4})\s*-\s*(\d{4})", text)
        if m:
            return {"start": int(m.group(1)), "end": int(m.group(2))}
        m = re.search(r"\bnăm\s+(\d{4})\b", text)
        if m:
            return {"start": int(m.group(1)), "end": int(m.group(1))}
    return None
