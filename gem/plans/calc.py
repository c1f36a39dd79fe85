"""Pure rules about indicators: how a figure for a unit of measure is formed."""

import re
from dataclasses import dataclass
from decimal import Decimal

from gem.lib.text import fold

RATIO_FACTORS = {
    "%": Decimal(100),
    "per_100000_live_births": Decimal(100000),
    "per_1000_women": Decimal(1000),
    "boys_per_100_girls": Decimal(100),
}
DIRECT_UNITS = {"times", "items_per_quarter", "items_per_month", "count"}

# Nouns that, right after "X%", say a percentage counts units (agencies, communes), not people.
_UNIT_NOUNS = re.compile(
    r"%\s*(?:so\s+|cac\s+)?(?:co quan|chinh quyen|xa\b|phuong|to chuc|co so|don vi|truong|"
    r"bao\b|trung tam|doanh nghiep|dia phuong|thon|ban,? nganh|so,? nganh)"
)


@dataclass(frozen=True)
class MeasureSpec:
    measure: str  # "ratio", "value" or "bool"
    factor: Decimal
    is_by_sex: bool


def infer_measure(unit: str, text: str = "") -> MeasureSpec:
    """Guess how a figure is formed from a target's unit; a person can correct it later."""
    if unit == "bool":
        return MeasureSpec("bool", Decimal(1), False)
    if unit in RATIO_FACTORS:
        by_sex = unit == "%" and not counts_units(text)
        return MeasureSpec("ratio", RATIO_FACTORS[unit], by_sex)
    return MeasureSpec("value", Decimal(1), False)


def counts_units(text: str) -> bool:
    """True when the text's percentage is a share of units ("75% các cơ quan ...")."""
    return bool(_UNIT_NOUNS.search(fold(text)))


def number_for_json(value: Decimal | None) -> int | float | None:
    """75.0000 -> 75, 1.4000 -> 1.4: how figures appear in gem.plan/1."""
    if value is None:
        return None
    normal = value.normalize()
    if normal == normal.to_integral_value():
        return int(normal)
    return float(normal)
