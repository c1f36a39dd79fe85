"""How each indicator's figures add up, declared as data (documented in docs/analytics.md).

The measure of a part (ratio / value / bool, from gem.plans) says how ONE report forms a figure;
the tables here say how the reports of many units combine into a unit's figure.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

# Indicators whose figure, when a unit's own agency reports one, stands for the whole unit:
# survey and sector statistics (the statistics office's 2.1 or 3.1, the health department's
# 4.1-4.3, the education department's 5.x). The units below are summed and shown beside it.
DIRECT_CODES = frozenset(
    {"2.1", "2.2", "2.3", "3.1", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4"}
)

# Share-of-units indicators where a unit reports its own count and the roll-up counts the units
# whose count meets the condition: "100% of communes with at least 4 items a quarter" (6.3).
CONDITIONS: dict[str, tuple[str, Decimal]] = {"6.3": (">=", Decimal(4))}

# Two-sided ("=") targets are met inside a band: an absolute half-width per unit of measure,
# otherwise 1% of the target value.
TOLERANCE_BY_UNIT: dict[str, Decimal] = {"boys_per_100_girls": Decimal(1)}
TOLERANCE_SHARE = Decimal("0.01")

# Units of measure whose values are multiples from a survey: never summed across units.
NON_ADDITIVE_UNITS = frozenset({"times"})


@dataclass(frozen=True)
class Aggregation:
    kind: str  # "ratio_sum", "share_meeting", "direct_value", "value_sum", "bool_share"
    is_direct: bool
    note: str


def compare(value: Decimal, comparator: str, bound: Decimal) -> bool:
    return {
        ">=": value >= bound,
        ">": value > bound,
        "<=": value <= bound,
        "<": value < bound,
        "=": value == bound,
    }[comparator]


def meets_condition(code: str, measure: str, value: Decimal | None) -> bool | None:
    """Whether one unit's reported value meets its indicator's condition (None: not judged)."""
    if value is None:
        return None
    if code in CONDITIONS:
        comparator, bound = CONDITIONS[code]
        return compare(value, comparator, bound)
    if measure == "bool":
        return value >= 1
    return None


def tolerance(unit: str, target: Decimal) -> Decimal:
    if unit in TOLERANCE_BY_UNIT:
        return TOLERANCE_BY_UNIT[unit]
    return abs(target) * TOLERANCE_SHARE


def aggregation(code: str, measure: str, unit: str) -> Aggregation:
    """The aggregation rule of one plan part, with the note shown on the indicator page."""
    direct = code in DIRECT_CODES
    lead = (
        _(
            "A figure reported for the whole unit by its own agency (survey or sector statistics) "
            "is the unit's figure; the sum of the units below is shown beside it. "
        )
        if direct
        else ""
    )
    if measure == "bool":
        note = _("Yes/no: the share of reporting units answering yes (100% = achieved).")
        return Aggregation("bool_share", direct, f"{lead}{note}")
    if measure == "value" and (unit in NON_ADDITIVE_UNITS or direct):
        note = _(
            "A survey figure (a multiple) is never summed: only a figure reported for the "
            "unit itself counts; without one the unit has no figure."
        )
        return Aggregation("direct_value", True, note)
    if measure == "value":
        note = _("Counts are summed over the units below.")
        return Aggregation("value_sum", direct, f"{lead}{note}")
    if code in CONDITIONS:
        comparator, bound = CONDITIONS[code]
        note = _(
            "Share of units meeting the condition (%(cmp)s %(bound)s): units meeting it / "
            "units reporting, plus the numerators and denominators reported as counts."
        ) % {
            "cmp": comparator,
            "bound": bound,
        }
        return Aggregation("share_meeting", direct, f"{lead}{note}")
    note = _(
        "Numerators and denominators are summed over all reporting units, then divided "
        "(percentages are never averaged)."
    )
    return Aggregation("ratio_sum", direct, f"{lead}{note}")
