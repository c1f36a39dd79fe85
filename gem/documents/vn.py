"""Pure helpers for the wording of official documents: dates, places, numbers, abbreviations."""

import re
from datetime import date
from decimal import Decimal

from gem.lib.numbers import format_vn_number

UNIT_SUFFIX = {
    "%": "%",
    "times": " lần",
    "per_100000_live_births": "/100.000 trẻ sinh sống",
    "per_1000_women": "/1.000 phụ nữ",
    "boys_per_100_girls": " bé trai/100 bé gái",
    "items_per_quarter": " tin, bài/quý",
    "items_per_month": " tin, bài/tháng",
    "count": "",
    "bool": "",
}
COMPARATOR_SYMBOL = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "≈"}
UNIT_PREFIXES = ("Thành phố ", "Tỉnh ", "Xã ", "Phường ", "Thị trấn ", "Đặc khu ")
_SMALL_WORDS = {"và", "-", "–"}


def two_digits(number: int, *, pad: bool) -> str:
    return f"{number:02d}" if pad and number < 10 else str(number)


def place_date(place: str, on: date) -> str:
    """ "Thanh Hóa, ngày 05 tháng 02 năm 2026": days below 10 and months 1-2 take a zero."""
    day = two_digits(on.day, pad=True)
    month = two_digits(on.month, pad=on.month < 3)
    return f"{place}, ngày {day} tháng {month} năm {on.year}"


def dmy(on: date | None) -> str:
    return on.strftime("%d/%m/%Y") if on else ""


def place_name(unit_name: str) -> str:
    """The place name of a unit for the date line: "Xã Hoằng Hóa" -> "Hoằng Hóa"."""
    for prefix in UNIT_PREFIXES:
        if unit_name.startswith(prefix):
            return unit_name[len(prefix) :]
    return unit_name


def unit_kind_upper(unit_name: str, level: str) -> str:
    """ "TỈNH THANH HÓA", "THÀNH PHỐ HÀ NỘI", "XÃ HOẰNG HÓA" for header lines."""
    if level == "province" and not unit_name.startswith(UNIT_PREFIXES):
        return f"TỈNH {unit_name}".upper()
    return unit_name.upper()


def abbreviation(name: str) -> str:
    """Initials for the document number: "Sở Giáo dục và Đào tạo" -> "SGDĐT"."""
    words = re.split(r"[\s,]+", name.strip())
    return "".join(w[0].upper() for w in words if w and w.lower() not in _SMALL_WORDS)


def number(value: Decimal | None, places: int | None = None) -> str:
    return "" if value is None else format_vn_number(value, places)


def quantity(value: Decimal | None, unit: str) -> str:
    """ "35,5%", "1,4 lần", "42/100.000 trẻ sinh sống"; "" without a value."""
    if value is None:
        return ""
    return f"{number(value)}{UNIT_SUFFIX.get(unit, '')}"


def target_phrase(target: dict, yes: str) -> str:
    """ "≥ 90% (2030)" for {"value", "unit", "comparator", "year"}; `yes` for a yes/no target."""
    if target["unit"] == "bool" or target["value"] is None:
        text = yes
    else:
        symbol = COMPARATOR_SYMBOL.get(target["comparator"], target["comparator"])
        text = f"{symbol} {quantity(target['value'], target['unit'])}"
    return f"{text} ({target['year']})"


def sentence_case(text: str) -> str:
    """Lower-case the first letter unless the first word is an abbreviation ("UBND")."""
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text
