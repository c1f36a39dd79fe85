"""Quantities in an indicator sentence: value, unit, comparator, year, baseline."""

import re
from dataclasses import dataclass
from decimal import Decimal

from gem.lib.numbers import parse_vn_number

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_PER_PERIOD = {"quý": "items_per_quarter", "tháng": "items_per_month"}
_UNITS = [
    ("%", r"\s*(?:%|phần trăm\b)"),
    ("times", r"\s*lần\b"),
    ("boys_per_100_girls", r"\s*(?:bé|trẻ|em)?\s*(?:em\s+)?trai\s*(?:/|trên)\s*100\s*(?:bé|trẻ)?"),
    ("per_100000_live_births", r"\s*(?:ca(?:\s+tử vong)?\s*)?(?:/|trên)\s*"
                               r"(?:100\.000|100000|100 000|100\s+(?:nghìn|ngàn))(?![\d.])"),
    ("per_1000_women", r"\s*(?:ca sinh|ca|trẻ)?\s*(?:/|trên)\s*(?:1\.000|1000|1\s+(?:nghìn|ngàn)"
                       r"|một\s+(?:nghìn|ngàn))\s*(?:phụ nữ|ph)"),
    ("items", r"\s*(?:tin,?\s*bài|tin bài|bài viết|bài|tin|sản phẩm(?: truyền thông)?)\b"),
    ("count", r"\s*(?:mô hình|câu lạc bộ|lớp|cuộc|hội nghị|đợt|buổi|nhà tạm lánh|lượt"
              r"|địa chỉ tin cậy|chuyên mục|chương trình|điểm|phiên|vụ(?: việc)?|trường hợp"
              r"|hợp tác xã|tổ hợp tác|cặp)\b"),
]  # fmt: skip
_VALUE = re.compile(rf"(?<![\d/.,])({NUMBER})(?![\d])")
_BOYS_CONTEXT = re.compile(r"giới tính khi sinh", re.I)
_PER_100 = re.compile(r"\s*/\s*100\b(?!\.)")
_YEAR = re.compile(r"\b(?:năm|Năm)\s+(20\d{2})\b|\bđến\s+(20\d{2})\b")
_NOT_TARGET_BEFORE = re.compile(
    r"(?:chỉ tiêu|mục tiêu|số|năm|ngày|tháng|quý|giai đoạn|khoản|điều|mục|lần thứ)\s*$", re.I
)


@dataclass
class Quantity:
    start: int
    end: int
    value: Decimal | None
    unit: str
    comparator: str = ">="
    year: int | None = None
    baseline: Decimal | None = None


def find_quantities(text: str) -> list[Quantity]:
    """Every number with a target unit, in text order (no comparator or year yet)."""
    out = []
    for m in _VALUE.finditer(text):
        if _NOT_TARGET_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        unit, end = _unit_after(text, m.end())
        if unit is None:
            continue
        if unit == "count" and _MEDIA.match(text, m.end()):
            unit = _items_unit(text, m.start()) or unit  # "mỗi tháng ít nhất 02 chuyên mục"
        if unit == "items":
            unit = _items_unit(text, m.start())
            if unit is None:
                continue
        out.append(Quantity(m.start(), end, parse_vn_number(m.group(1)), unit))
    return out


# A number of people or things after a direction word, in an indicator with no other
# quantity: "hỗ trợ đào tạo nghề cho ít nhất 120 lao động nữ".
_BARE_COUNT = re.compile(
    rf"(?:ít nhất|tối thiểu|không dưới|không ít hơn|trên|đạt|có|cho|thêm|khoảng|(?<!\w)từ)"
    rf"\s+({NUMBER})\s+"
    r"(?!(?:năm|tháng|ngày|tuổi|giờ|quý|tuần|lần|phút)\b)(?=[^\W\d_])",
    re.IGNORECASE,
)


def bare_counts(text: str) -> list[Quantity]:
    return [
        Quantity(m.start(1), m.end(1), parse_vn_number(m.group(1)), "count")
        for m in _BARE_COUNT.finditer(text)
    ]


# A later number for another year with its unit left out: "dưới 109 bé trai/100 bé gái vào
# năm 2028 và ở mức 107 vào năm 2030" -> 107 boys per 100 girls.
_ELLIPTIC = re.compile(
    rf"(?:\bvà|;|,)\s+(?:(?:ở mức|đạt|còn|xuống|dưới|trên|khoảng|không quá|không vượt quá|tối đa"
    rf"|ít nhất|tối thiểu|không dưới)\s+)?({NUMBER})(?=\s+(?:vào\s+|đến\s+|trong\s+)?năm\s+20\d\d)"
)


def elliptic(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Add the numbers that repeat the unit of the quantity before them for a later year."""
    if not qs:
        return qs
    taken = {q.start for q in qs}
    extra = []
    for m in _ELLIPTIC.finditer(text, qs[0].end):
        if m.start(1) in taken:
            continue
        before = [q for q in qs if q.end <= m.start()]
        if before and before[-1].unit != "bool":
            value = parse_vn_number(m.group(1))
            extra.append(Quantity(m.start(1), m.end(1), value, before[-1].unit))
    return sorted(qs + extra, key=lambda q: q.start)


def _unit_after(text: str, pos: int) -> tuple[str | None, int]:
    tail = text[pos : pos + 60]
    for unit, pattern in _UNITS:
        m = re.match(pattern, tail, re.I)
        if m:
            return unit, pos + m.end()
    if _BOYS_CONTEXT.search(text) and (m := _PER_100.match(tail)):
        return "boys_per_100_girls", pos + m.end()
    return None, pos


_MEDIA = re.compile(r"\s*(?:chuyên mục|chuyên trang|chuyên đề|chương trình|bản tin|phóng sự)\b")


def _items_unit(text: str, pos: int) -> str | None:
    window = text[max(0, pos - 160) : pos + 80].lower()  # "Hằng quý, ... ít nhất 06 tin, bài"
    for word, unit in _PER_PERIOD.items():
        if re.search(rf"(?:mỗi|hằng|hàng|một|/|trên)\s*{word}\b", window):
            return unit
    return None


def years(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of due-year mentions, leaving out comparisons ("so với năm 2020")."""
    out = []
    for m in _YEAR.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if "so với" in before or "giai đoạn" in before:
            continue
        out.append((m.start(), m.end(), int(m.group(1) or m.group(2))))
    return out
