"""Pure arithmetic of rollups: accumulators, effective figures, reading a figure, period times.

No database here: the listener, the rebuild and the selectors all use these same functions, so
the incremental rollup and the full rebuild cannot disagree on the arithmetic.
"""

import re
from dataclasses import dataclass, fields, replace
from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal(0)


@dataclass(frozen=True)
class Acc:
    """What a set of reports adds up to (one tier of a rollup row)."""

    numerator: Decimal = ZERO
    denominator: Decimal = ZERO
    value: Decimal = ZERO
    value_count: int = 0
    judged: int = 0
    meeting: int = 0
    reports: int = 0

    def __add__(self, other: "Acc") -> "Acc":
        return Acc(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Acc)))

    def __sub__(self, other: "Acc") -> "Acc":
        return Acc(*(getattr(self, f.name) - getattr(other, f.name) for f in fields(Acc)))

    def __neg__(self) -> "Acc":
        return ZERO_ACC - self

    @property
    def is_zero(self) -> bool:
        return all(not getattr(self, f.name) for f in fields(Acc))


ZERO_ACC = Acc()


def acc_of_report(
    numerator: Decimal | None,
    denominator: Decimal | None,
    value: Decimal | None,
    meets: bool | None,
) -> Acc:
    """One unit's report for one sex. A ratio counts only with numerator and denominator."""
    acc = ZERO_ACC
    if numerator is not None and denominator is not None:
        acc = replace(acc, numerator=numerator, denominator=denominator)
    if value is not None:
        acc = replace(acc, value=value, value_count=1)
    if meets is not None:
        acc = replace(acc, judged=1, meeting=1 if meets else 0)
    if any(x is not None for x in (numerator, denominator, value)):
        acc = replace(acc, reports=1)
    return acc


def effective(own: Acc, below: Acc, is_direct: bool) -> Acc:
    """The unit's figure: its own direct figure when it has one (direct codes), else the sum."""
    if is_direct and own.reports:
        return own
    return own + below


@dataclass(frozen=True)
class Reading:
    """A figure as shown: value (None when there is none), with its numerator and denominator."""

    value: Decimal | None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    reports: int = 0


def read(own: Acc, below: Acc, *, kind: str, is_direct: bool, factor: Decimal) -> Reading:
    """The figure of one rollup row under the aggregation `kind` of the plan part being shown."""
    eff = effective(own, below, is_direct)
    if kind == "direct_value":
        if not own.value_count:
            return Reading(None, reports=eff.reports)
        return Reading(own.value / own.value_count, reports=own.reports)
    if kind == "value_sum":
        return Reading(eff.value if eff.value_count else None, reports=eff.reports)
    if kind == "bool_share":
        return _ratio(Decimal(eff.meeting), Decimal(eff.judged), Decimal(100), eff.reports)
    if kind == "share_meeting":
        num = eff.numerator + eff.meeting
        den = eff.denominator + eff.judged
        return _ratio(num, den, factor, eff.reports)
    return _ratio(eff.numerator, eff.denominator, factor, eff.reports)


def _ratio(num: Decimal, den: Decimal, factor: Decimal, reports: int) -> Reading:
    if not den:
        return Reading(None, reports=reports)
    return Reading(num / den * factor, num, den, reports)


def round2(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def json_number(value: Decimal | None) -> int | float | None:
    """A Decimal as a JSON number: 4.0000 -> 4, 8.8889 -> 8.8889 (round first if needed)."""
    if value is None:
        return None
    normal = value.normalize()
    if normal == normal.to_integral_value():
        return int(normal)
    return float(normal)


_PERIOD = re.compile(r"^(?P<year>\d{4})(?P<kind>S1|S2|M|F)?$")
_OFFSETS = {
    "S1": Decimal("0.5"),
    "S2": Decimal(1),
    None: Decimal(1),
    "M": Decimal("0.5"),
    "F": Decimal("0.75"),
}


def period_time(code: str) -> Decimal | None:
    """When a period's figures stand, in years: 2026S1 -> 2026.5, 2026 -> 2027 (end of year).

    The final review "2030F" (reported in October) -> 2030.75; mid-term "2028M" -> 2028.5.
    Codes of other kinds (ad-hoc) have no place on the time line: None.
    """
    match = _PERIOD.match(code or "")
    if match is None:
        return None
    return int(match["year"]) + _OFFSETS[match["kind"]]


def target_time(year: int) -> Decimal:
    """A target due "by 2030" is judged at the end of 2030."""
    return Decimal(year) + 1
