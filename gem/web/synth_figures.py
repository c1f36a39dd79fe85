"""Synthetic data set, part 2: plausible figures (pure Python, no database).

Each (unit, indicator part) gets a trend from a start level to an end level over the years,
drawn around the plan's target (most units move towards it, a few deteriorate), plus noise.
Ratios are counted: a denominator by sex sized like the unit, a numerator from the level,
never above the denominator where the quantity is a share or a rate. Totals are female + male.
"""

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

SHARE_UNITS = {"%", "per_100000_live_births", "per_1000_women"}  # numerator <= denominator
SMALL_EVENTS = {"3.2", "3.3"}
RETURN_REASON = "Số liệu chưa khớp, đề nghị rà soát"  # victims: a handful per commune and period


@dataclass(frozen=True)
class PartSpec:
    id: int
    indicator_code: str
    number: int
    measure: str  # "ratio" | "value" | "bool"
    unit: str
    is_by_sex: bool
    target: Decimal | None  # the plan's last target for the part
    comparator: str
    counts_units: bool  # a share of bodies, not of people

    @property
    def sexes(self) -> tuple[str, ...]:
        return ("female", "male", "") if self.is_by_sex else ("",)


@dataclass(frozen=True)
class Figure:
    sex: str
    numerator: int | None = None
    denominator: int | None = None
    value: str | None = None


@dataclass(frozen=True)
class Trend:
    start: float
    end: float
    size: float  # a year's denominator (per sex when by sex)


def _target(part: PartSpec) -> float:
    if part.target is not None:
        return float(part.target)
    return {"boys_per_100_girls": 109.0, "times": 1.4, "per_1000_women": 18.0}.get(part.unit, 80)


def _levels(part: PartSpec, rng: random.Random) -> tuple[float, float]:
    target = _target(part)
    if part.measure == "bool":
        return rng.uniform(0.1, 0.5), rng.uniform(0.7, 1.0)
    if part.comparator == "=":
        return target + rng.uniform(-2, 6), target + rng.uniform(-2, 3)
    if part.comparator in ("<", "<="):
        start, end = target * rng.uniform(1.15, 1.6), target * rng.uniform(0.8, 1.2)
    else:
        start, end = target * rng.uniform(0.5, 0.9), target * rng.uniform(0.8, 1.08)
    if rng.random() < 0.08:  # deterioration
        end = start * (rng.uniform(1.03, 1.15) if part.comparator in ("<", "<=") else 0.9)
    if part.unit == "%":
        start, end = min(start, 99.0), min(end, 100.0)
    return start, end


def _size(part: PartSpec, province_wide: bool, rng: random.Random) -> float:
    scale = rng.uniform(150, 600) if province_wide else 1.0
    if part.unit == "%" and part.counts_units:
        return rng.uniform(15, 45) if province_wide else rng.uniform(3, 12)
    if part.indicator_code in SMALL_EVENTS:
        return rng.uniform(1, 12) * scale
    base = {
        "per_100000_live_births": (80, 400),
        "per_1000_women": (200, 1200),
        "boys_per_100_girls": (40, 200),
    }.get(part.unit, (40, 400))
    return rng.uniform(*base) * scale


def trend_for(part: PartSpec, *, province_wide: bool, rng: random.Random) -> Trend:
    start, end = _levels(part, rng)
    return Trend(start, end, _size(part, province_wide, rng))


def _poisson(lam: float, rng: random.Random) -> int:
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _ratio(part: PartSpec, level: float, size: float, rng: random.Random) -> tuple[int, int]:
    if part.indicator_code in SMALL_EVENTS:
        den = _poisson(size, rng)
    else:
        den = max(1, round(size * rng.uniform(0.85, 1.15)))
    if part.unit == "per_100000_live_births":
        num = _poisson(den * level / 100000, rng)
    elif part.unit == "per_1000_women":
        num = _poisson(den * level / 1000, rng)
    else:
        num = round(den * level / 100 * rng.uniform(0.97, 1.03))
    if part.unit in SHARE_UNITS:
        num = min(num, den)
    return max(0, num), den


def figures(part: PartSpec, trend: Trend, t: float, half: bool, rng: random.Random) -> list[Figure]:
    """The figures of one part for one period; `t` runs from 0 (first period) to 1 (last)."""
    level = trend.start + (trend.end - trend.start) * t
    if part.measure == "bool":
        return [Figure("", value="1" if rng.random() < level else "0")]
    level *= 1 + rng.gauss(0, 0.04)
    if part.measure == "value":
        if part.unit == "times":
            return [Figure("", value=f"{max(1.0, level):.2f}")]
        return [Figure("", value=str(max(0, round(level))))]
    size = trend.size * (0.5 if half and not part.counts_units else 1.0)
    if not part.is_by_sex:
        num, den = _ratio(part, level, size, rng)
        return [Figure("", num, den)]
    f_num, f_den = _ratio(part, level * rng.uniform(0.95, 1.05), size, rng)
    m_num, m_den = _ratio(part, level * rng.uniform(0.9, 1.1), size * rng.uniform(0.8, 1.1), rng)
    return [
        Figure("female", f_num, f_den),
        Figure("male", m_num, m_den),
        Figure("", f_num + m_num, f_den + m_den),
    ]


# --- Forms: who submits, when, and what becomes of it ------------------------------------


@dataclass(frozen=True)
class Fate:
    status: str  # a Submission.Status value
    submitted_at: datetime | None
    reviewed_at: datetime | None
    return_reason: str = ""


def _at(day: date, rng: random.Random, tz) -> datetime:
    return datetime.combine(day, time(rng.randint(7, 17), rng.randint(0, 59)), tzinfo=tz)


def form_fate(*, due_on: date, today: date, current: bool, rng: random.Random, tz) -> Fate | None:
    """None: the form is missing. Past periods: most approved, some late; the current period:
    about a third already in, a few drafts."""
    roll = rng.random()
    if current:
        if roll < 0.55:
            return None
        if roll < 0.65:
            return Fate("draft", None, None)
        sent = min(today, due_on - timedelta(days=rng.randint(0, 20)))
        return Fate("submitted", _at(sent, rng, tz), None)
    if roll < 0.04:
        return None
    if roll < 0.06:
        return Fate("draft", None, None)
    late = rng.random() < 0.12
    delay = rng.randint(1, 30) if late else -rng.randint(0, 20)
    sent = _at(due_on + timedelta(days=delay), rng, tz)
    if roll < 0.07:
        return Fate("returned", sent, sent + timedelta(days=3), RETURN_REASON)
    if roll < 0.12:
        return Fate("submitted", sent, None)
    return Fate("approved", sent, sent + timedelta(days=rng.randint(1, 10)))
