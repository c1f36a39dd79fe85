"""Progress against a target: the Open SDG / Statistics Canada method. Pure, no database.

observed growth  = compound annual growth rate (CAGR) from the first to the latest value;
required growth  = the CAGR that would take the first value to the target by its year;
ratio            = observed / required:
    >= 0.95 on track, >= 0.60 acceleration needed, > 0 limited progress, <= 0 deterioration.
The latest value meeting the target: achieved. Fewer than 2 values: not enough data.

"<" / "<=" targets mirror it (the required growth is negative; so is the observed one when the
figure falls). Where a growth rate is undefined (a zero or negative value or target) the same
ratio is taken of linear rates (change per year). Two-sided "=" targets ("at the level of 109")
are met inside a band (specs.tolerance) and judged by the distance to the band: the share of the
first distance closed per year, observed against required. Yes/no targets are achieved or not.
See docs/analytics.md for worked examples.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from gem.analytics import specs
from gem.analytics.calc import target_time

ACHIEVED = "achieved"
ON_TRACK = "on_track"
ACCELERATION_NEEDED = "acceleration_needed"
LIMITED_PROGRESS = "limited_progress"
DETERIORATION = "deterioration"
NOT_ENOUGH_DATA = "not_enough_data"
NOT_ACHIEVED = "not_achieved"  # a yes/no target answered "no"

STATUS_LABELS = {
    ACHIEVED: _("Target achieved"),
    ON_TRACK: _("On track"),
    ACCELERATION_NEEDED: _("Acceleration needed"),
    LIMITED_PROGRESS: _("Limited progress"),
    DETERIORATION: _("Deterioration"),
    NOT_ENOUGH_DATA: _("Not enough data"),
    NOT_ACHIEVED: _("Not achieved"),
}
STATUS_TONES = {
    ACHIEVED: "ok",
    ON_TRACK: "ok",
    ACCELERATION_NEEDED: "warn",
    LIMITED_PROGRESS: "warn",
    DETERIORATION: "bad",
    NOT_ACHIEVED: "bad",
    NOT_ENOUGH_DATA: "",
}
ON_TRACK_RATIO = Decimal("0.95")
ACCELERATION_RATIO = Decimal("0.60")
UP = {">=", ">"}


@dataclass(frozen=True)
class Point:
    t: Decimal  # years, see calc.period_time
    value: Decimal


@dataclass(frozen=True)
class Goal:
    value: Decimal | None
    comparator: str  # ">=", ">", "<=", "<", "="
    year: int
    unit: str


@dataclass(frozen=True)
class Projection:
    year: int
    value: Decimal
    meets_target: bool


@dataclass(frozen=True)
class Assessment:
    status: str
    method: str = ""  # "cagr", "linear", "band", "bool"
    observed_rate: Decimal | None = None
    required_rate: Decimal | None = None
    ratio: Decimal | None = None
    projection: Projection | None = None


def band(goal: Goal) -> tuple[Decimal, Decimal]:
    width = specs.tolerance(goal.unit, goal.value)
    return goal.value - width, goal.value + width


def meets(value: Decimal, goal: Goal) -> bool:
    if goal.unit == "bool":
        return value >= 100
    if goal.comparator == "=":
        low, high = band(goal)
        return low <= value <= high
    return specs.compare(value, goal.comparator, goal.value)


def current_goal(goals: list[Goal], year: int) -> Goal | None:
    """The target a period is judged against: the next one due, else the last one."""
    ordered = sorted(goals, key=lambda g: g.year)
    upcoming = [g for g in ordered if g.year >= year]
    if upcoming:
        return upcoming[0]
    return ordered[-1] if ordered else None


def assess(points: list[Point], goal: Goal) -> Assessment:
    points = sorted(points, key=lambda p: p.t)
    if goal.unit == "bool" or goal.value is None:
        if not points:
            return Assessment(NOT_ENOUGH_DATA, "bool")
        return Assessment(ACHIEVED if meets(points[-1].value, goal) else NOT_ACHIEVED, "bool")
    if points and meets(points[-1].value, goal):
        return Assessment(ACHIEVED, projection=project(points, goal))
    if len(points) < 2 or points[-1].t <= points[0].t:
        return Assessment(NOT_ENOUGH_DATA, projection=project(points, goal))
    if meets(points[0].value, goal):  # it was met, it no longer is
        return Assessment(DETERIORATION, projection=project(points, goal))
    if goal.comparator == "=":
        method, observed, required = "band", *_band_rates(points, goal)
    else:
        method, observed, required = _rates(points, goal)
    ratio = _ratio(observed, required)
    return Assessment(_status(ratio), method, observed, required, ratio, project(points, goal))


def _status(ratio: Decimal) -> str:
    if ratio >= ON_TRACK_RATIO:
        return ON_TRACK
    if ratio >= ACCELERATION_RATIO:
        return ACCELERATION_NEEDED
    return LIMITED_PROGRESS if ratio > 0 else DETERIORATION


def _ratio(observed: Decimal, required: Decimal) -> Decimal:
    if required == 0:  # no time or no distance left: only the direction counts
        return Decimal(1) if observed > 0 else Decimal(0)
    return observed / required


def _spans(points: list[Point], goal: Goal) -> tuple[Decimal, Decimal]:
    first, last = points[0], points[-1]
    return last.t - first.t, target_time(goal.year) - first.t


def _rates(points: list[Point], goal: Goal) -> tuple[str, Decimal, Decimal]:
    x0, xt, target = points[0].value, points[-1].value, goal.value
    elapsed, allowed = _spans(points, goal)
    if allowed <= 0:  # the target was due before the first value: direction only
        step = (xt - x0) if goal.comparator in UP else (x0 - xt)
        return "linear", step, Decimal(0)
    if x0 > 0 and xt > 0 and target > 0:
        observed = ((xt / x0).ln() / elapsed).exp() - 1
        required = ((target / x0).ln() / allowed).exp() - 1
        return "cagr", observed, required
    return "linear", (xt - x0) / elapsed, (target - x0) / allowed


def _gap(value: Decimal, goal: Goal) -> Decimal:
    low, high = band(goal)
    return max(low - value, value - high, Decimal(0))


def _band_rates(points: list[Point], goal: Goal) -> tuple[Decimal, Decimal]:
    """Distance to the band closed per year, observed vs required (both as shares of the first)."""
    g0, gt = _gap(points[0].value, goal), _gap(points[-1].value, goal)
    elapsed, allowed = _spans(points, goal)
    observed = (g0 - gt) / g0 / elapsed
    required = Decimal(1) / allowed if allowed > 0 else Decimal(0)
    return observed, required


def project(points: list[Point], goal: Goal) -> Projection | None:
    """Least-squares line through the values, read at the end of the target year (a
    percentage is kept within 0-100)."""
    if len(points) < 2 or goal.value is None:
        return None
    n = Decimal(len(points))
    mean_t = sum((p.t for p in points), Decimal(0)) / n
    mean_x = sum((p.value for p in points), Decimal(0)) / n
    var = sum(((p.t - mean_t) ** 2 for p in points), Decimal(0))
    if var == 0:
        return None
    slope = sum(((p.t - mean_t) * (p.value - mean_x) for p in points), Decimal(0)) / var
    value = mean_x + slope * (target_time(goal.year) - mean_t)
    if goal.unit == "%":  # a share cannot pass 100% or fall below 0
        value = min(max(value, Decimal(0)), Decimal(100))
    return Projection(goal.year, value, meets(value, goal))
