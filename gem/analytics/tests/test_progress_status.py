"""The progress method on worked examples (the same as in docs/analytics.md). No database."""

from decimal import Decimal as D

import pytest

from gem.analytics import progress as p
from gem.analytics.calc import period_time
from gem.analytics.progress import Goal, Point, assess, current_goal


def pts(*pairs) -> list[Point]:
    return [Point(period_time(code), D(str(v))) for code, v in pairs]


def goal(value, comparator=">=", year=2030, unit="%") -> Goal:
    return Goal(None if value is None else D(str(value)), comparator, year, unit)


def test_it_places_periods_on_the_time_line():
    assert period_time("2026S1") == D("2026.5")
    assert period_time("2026") == 2027
    assert period_time("2030F") == D("2030.75")
    assert period_time("adhoc-1") is None


@pytest.mark.parametrize(
    ("first", "latest", "status", "ratio"),
    [
        (60, 70, p.ON_TRACK, "1.074"),  # observed 8.01%/yr vs required 7.46%/yr
        (50, 58, p.ACCELERATION_NEEDED, "0.722"),  # 7.70% vs 10.67%
        (50, 54, p.LIMITED_PROGRESS, "0.368"),  # 3.92% vs 10.67%
        (50, 48, p.DETERIORATION, "-0.189"),  # -2.02% vs 10.67%
    ],
)
def test_it_compares_observed_and_required_growth(first, latest, status, ratio):
    target = 80 if first == 60 else 75
    result = assess(pts(("2026", first), ("2028", latest)), goal(target))
    assert result.status == status
    assert result.method == "cagr"
    assert round(result.ratio, 3) == D(ratio)


def test_it_mirrors_the_method_for_a_decrease():
    # 3.1: unpaid care hours, women / men, at most 1.4 times by 2030; 1.8 -> 1.7 in two years.
    result = assess(pts(("2026", "1.8"), ("2028", "1.7")), goal("1.4", "<=", unit="times"))
    assert round(result.observed_rate, 4) == D("-0.0282")
    assert round(result.required_rate, 4) == D("-0.0609")
    assert result.status == p.LIMITED_PROGRESS


def test_it_says_achieved_when_the_latest_value_meets_the_target():
    assert assess(pts(("2026", 70), ("2028", 91)), goal(90)).status == p.ACHIEVED
    assert assess(pts(("2026", 30)), goal(42, "<", unit="per_100000_live_births")).status == (
        p.ACHIEVED
    )


def test_it_needs_two_values():
    assert assess(pts(("2026", 70)), goal(90)).status == p.NOT_ENOUGH_DATA
    assert assess([], goal(90)).status == p.NOT_ENOUGH_DATA


def test_it_calls_a_target_lost_again_deterioration():
    assert assess(pts(("2026", 92), ("2028", 85)), goal(90)).status == p.DETERIORATION


def test_it_judges_a_two_sided_target_by_its_distance_to_the_band():
    srb = goal(109, "=", unit="boys_per_100_girls")  # band 108-110
    assert p.band(srb) == (108, 110)
    fast = assess(pts(("2026S1", 113), ("2026", 111)), srb)  # distance 3 -> 1 in half a year
    assert (fast.method, fast.status) == ("band", p.ON_TRACK)
    assert round(fast.ratio, 2) == 6
    slow = assess(pts(("2026", 113), ("2028", "112.5")), srb)  # 3 -> 2.5 in two years
    assert slow.status == p.LIMITED_PROGRESS
    below = assess(pts(("2026", 105), ("2028", 107)), srb)  # rising towards the band is good
    assert below.status == p.ON_TRACK
    away = assess(pts(("2026", 107), ("2028", 106)), srb)  # falling away from it is not
    assert away.status == p.DETERIORATION
    assert assess(pts(("2026", 113), ("2028", "109.6")), srb).status == p.ACHIEVED


def test_it_uses_a_one_percent_band_by_default():
    assert p.band(goal(60, "=")) == (D("59.4"), D("60.6"))


def test_it_answers_yes_no_targets_achieved_or_not():
    yes_no = goal(None, "=", 2026, "bool")
    assert assess(pts(("2026", 100)), yes_no).status == p.ACHIEVED
    assert assess(pts(("2026", 0)), yes_no).status == p.NOT_ACHIEVED
    assert assess([], yes_no).status == p.NOT_ENOUGH_DATA


def test_it_falls_back_to_linear_rates_from_zero():
    result = assess(pts(("2026", 0), ("2028", 20)), goal(100))
    assert result.method == "linear"
    assert (result.observed_rate, result.required_rate) == (10, 25)
    assert result.status == p.LIMITED_PROGRESS


def test_it_projects_linearly_to_the_target_year():
    result = assess(pts(("2026", 50), ("2027", 53), ("2028", 56)), goal(75))
    assert result.projection.year == 2030
    assert result.projection.value == 62
    assert result.projection.meets_target is False


def test_it_judges_against_the_next_target_due():
    goals = [goal(60, year=2025), goal(75, year=2030)]
    assert current_goal(goals, 2026).value == 75
    assert current_goal(goals, 2024).value == 60
    assert current_goal(goals, 2031).value == 75
