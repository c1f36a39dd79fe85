"""Period codes, cut-off windows and deadlines: pure date logic, no database."""

from datetime import date

import pytest

from gem.reporting import calc
from gem.reporting.calc import Duty

THANH_HOA = [
    Duty("semiannual", "units", "06-10"),
    Duty("semiannual", "consolidator", "06-25"),
    Duty("annual", "units", "12-15"),
    Duty("annual", "consolidator", "12-25"),
    Duty("final", "units", "2030-10-05"),
]


def by_code(specs):
    return {s.code: s for s in specs}


def test_it_follows_decree_09_cutoffs_for_six_month_and_annual_reports():
    specs = by_code(calc.plan_periods(start_year=2026, end_year=2030, duties=THANH_HOA))
    s1 = specs["2026S1"]
    assert (s1.starts_on, s1.ends_on) == (date(2025, 12, 15), date(2026, 6, 14))
    annual = specs["2026"]
    assert (annual.starts_on, annual.ends_on) == (date(2025, 12, 15), date(2026, 12, 14))
    assert s1.kind == "semiannual" and annual.kind == "annual"


def test_it_sets_both_deadlines_from_the_duties():
    specs = by_code(calc.plan_periods(start_year=2026, end_year=2030, duties=THANH_HOA))
    assert specs["2027S1"].units_due_on == date(2027, 6, 10)
    assert specs["2027S1"].consolidator_due_on == date(2027, 6, 25)
    assert specs["2027"].units_due_on == date(2027, 12, 15)
    assert specs["2027"].consolidator_due_on == date(2027, 12, 25)


def test_it_generates_a_final_review_from_a_dated_duty():
    specs = by_code(calc.plan_periods(start_year=2026, end_year=2030, duties=THANH_HOA))
    final = specs["2030F"]
    assert final.kind == "final"
    assert final.units_due_on == date(2030, 10, 5)
    assert final.consolidator_due_on is None
    assert final.starts_on == date(2025, 12, 15)
    assert final.ends_on == date(2030, 6, 14)  # the last cut-off before it is due
    assert "2028M" not in specs  # no mid-term duty, no mid-term period
    assert len(specs) == 11


def test_it_places_a_midterm_review_in_the_year_the_duty_names():
    duties = [Duty("annual", "units", "12-15"), Duty("midterm", "consolidator", "2028")]
    specs = by_code(calc.plan_periods(start_year=2026, end_year=2030, duties=duties))
    mid = specs["2028M"]
    assert (mid.starts_on, mid.ends_on) == (date(2025, 12, 15), date(2028, 12, 14))
    assert mid.consolidator_due_on is None  # only a year was given
    assert "2026S1" not in specs  # only annual duties: only annual periods


def test_it_puts_an_undated_midterm_in_the_middle_of_the_plan():
    duties = [Duty("midterm", "units", None)]
    specs = by_code(calc.plan_periods(start_year=2021, end_year=2025, duties=duties))
    assert "2023M" in specs


def test_it_generates_both_routine_kinds_when_the_plan_names_none():
    specs = by_code(calc.plan_periods(start_year=2026, end_year=2026, duties=[]))
    assert set(specs) == {"2026S1", "2026"}
    assert specs["2026"].units_due_on is None


def test_it_only_generates_the_kinds_the_duties_name():
    duties = [Duty("annual", "units", "12-15"), Duty("annual", "consolidator", "12-20")]
    specs = calc.plan_periods(start_year=2026, end_year=2026, duties=duties)
    assert [s.code for s in specs] == ["2026"]


def test_it_moves_an_early_recurring_deadline_into_the_next_year():
    duties = [Duty("annual", "consolidator", "01-15")]
    spec = calc.plan_periods(start_year=2026, end_year=2026, duties=duties)[0]
    assert spec.consolidator_due_on == date(2027, 1, 15)


def test_it_takes_a_cutoff_configured_on_the_plan():
    extra = {"reporting_cutoff": {"annual": {"from": "12-01", "to": "11-30"}}}
    specs = by_code(calc.plan_periods(start_year=2026, end_year=2026, duties=[], extra=extra))
    assert (specs["2026"].starts_on, specs["2026"].ends_on) == (
        date(2025, 12, 1),
        date(2026, 11, 30),
    )
    assert specs["2026S1"].ends_on == date(2026, 6, 14)  # the other kind keeps the decree's


@pytest.mark.parametrize(
    "bad",
    [{"annual": {"to": "13-01"}}, {"weekly": {"to": "01-01"}}, "12-14", {"annual": "x"}],
)
def test_it_refuses_a_malformed_cutoff(bad):
    with pytest.raises(ValueError):
        calc.cutoff_config({"reporting_cutoff": bad})


def test_it_reads_period_codes():
    assert calc.parse_period_code("2026S1") == (2026, "semiannual")
    assert calc.parse_period_code("2026") == (2026, "annual")
    assert calc.parse_period_code("2028M") == (2028, "midterm")
    assert calc.parse_period_code("2030F") == (2030, "final")
    with pytest.raises(ValueError):
        calc.parse_period_code("2026Q1")


def test_it_handles_29_february_in_common_years():
    assert calc.month_day("02-29", 2027) == date(2027, 2, 28)
    assert calc.month_day("02-29", 2028) == date(2028, 2, 29)


def test_it_tells_which_reminder_is_due():
    due = date(2026, 6, 10)
    assert calc.reminder_kind(date(2026, 6, 3), due, [7, 3, 1]) == "before_7"
    assert calc.reminder_kind(date(2026, 6, 9), due, [7, 3, 1]) == "before_1"
    assert calc.reminder_kind(date(2026, 6, 11), due, [7, 3, 1]) == "overdue"
    assert calc.reminder_kind(date(2026, 6, 10), due, [7, 3, 1]) is None
    assert calc.reminder_kind(date(2026, 6, 5), due, [7, 3, 1]) is None
