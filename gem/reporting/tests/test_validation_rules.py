"""Validation of figures: pure functions, no database. Messages are Vietnamese."""

from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from gem.reporting.validation import (
    FEMALE,
    MALE,
    TOTAL,
    Fig,
    PartRule,
    check_figure,
    check_jump,
    check_part,
    check_sexes,
    derive_total,
    figure_value,
)

PERCENT = PartRule(unit="%", measure="ratio", factor=D(100), is_by_sex=True)
SEX_RATIO = PartRule(unit="boys_per_100_girls", measure="ratio", factor=D(100))
MATERNAL = PartRule(unit="per_100000_live_births", measure="ratio", factor=D(100000))
TIMES = PartRule(unit="times", measure="value")
BOOL = PartRule(unit="bool", measure="bool")
COUNT = PartRule(unit="count", measure="value", is_by_sex=True)

amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False)


def rules_of(problems, level="error"):
    return [p.rule for p in problems if p.level == level]


def test_it_refuses_negative_figures_with_a_vietnamese_message():
    problems = check_figure(PERCENT, Fig(numerator=D(-1), denominator=D(10)), FEMALE)
    assert rules_of(problems) == ["negative"]
    assert problems[0].field == "numerator" and problems[0].sex == FEMALE
    assert problems[0].message == "Không được nhập số âm."


def test_it_refuses_a_numerator_above_the_denominator_for_percentages():
    problems = check_figure(PERCENT, Fig(numerator=D(51), denominator=D(50)))
    assert rules_of(problems) == ["numerator_le_denominator"]
    assert "51" in problems[0].message and "50" in problems[0].message


def test_it_accepts_unequal_denominators_for_a_sex_ratio():
    # 5400 boys for 4950 girls: the numerator exceeds the denominator, as it should.
    problems = check_figure(SEX_RATIO, Fig(numerator=D(5400), denominator=D(4950)))
    assert problems == []
    assert figure_value(SEX_RATIO, Fig(numerator=D(5400), denominator=D(4950))).quantize(
        D("0.1")
    ) == D("109.1")


def test_it_warns_on_an_implausible_sex_ratio():
    problems = check_figure(SEX_RATIO, Fig(numerator=D(7000), denominator=D(4000)))
    assert rules_of(problems, "warning") == ["range"]
    assert rules_of(problems) == []


def test_it_accepts_a_rate_whose_numerator_is_far_below_its_denominator():
    assert check_figure(MATERNAL, Fig(numerator=D(21), denominator=D(50000))) == []


def test_it_refuses_a_zero_denominator_under_a_positive_rate():
    problems = check_figure(MATERNAL, Fig(numerator=D(3), denominator=D(0)))
    assert rules_of(problems) == ["zero_denominator"]


def test_it_requires_both_numerator_and_denominator():
    problems = check_figure(PERCENT, Fig(numerator=D(3)))
    assert [(p.field, p.rule) for p in problems] == [("denominator", "missing")]


def test_it_refuses_inputs_the_measure_does_not_take():
    assert rules_of(check_figure(PERCENT, Fig(value=D(3)))) == ["input"]
    assert rules_of(check_figure(TIMES, Fig(numerator=D(3), denominator=D(4)))) == [
        "input",
        "input",
    ]


def test_it_takes_only_yes_or_no_for_a_qualitative_indicator():
    assert check_figure(BOOL, Fig(value=D(1))) == []
    assert rules_of(check_figure(BOOL, Fig(value=D(2)))) == ["bool"]


def test_it_refuses_a_sex_row_for_a_part_not_broken_down_by_sex():
    assert rules_of(check_figure(SEX_RATIO, Fig(D(1), D(1)), MALE)) == ["sex"]


def test_it_checks_female_plus_male_against_the_total():
    figs = {
        FEMALE: Fig(D(45), D(50)),
        MALE: Fig(D(10), D(20)),
        TOTAL: Fig(D(55), D(60)),
    }
    problems = check_sexes(PERCENT, figs)
    assert [(p.sex, p.field) for p in problems] == [(TOTAL, "denominator")]
    assert "70" in problems[0].message and "60" in problems[0].message


def test_it_does_not_sum_sexes_of_a_multiple():
    rule = PartRule(unit="times", measure="value", is_by_sex=True)
    figs = {FEMALE: Fig(value=D("1.6")), MALE: Fig(value=D(1)), TOTAL: Fig(value=D("1.3"))}
    assert check_sexes(rule, figs) == []
    assert derive_total(rule, figs) is None


def test_it_derives_the_total_from_female_and_male():
    figs = {FEMALE: Fig(D(45), D(50)), MALE: Fig(D(10), D(20))}
    assert derive_total(PERCENT, figs) == Fig(numerator=D(55), denominator=D(70))
    assert derive_total(COUNT, {FEMALE: Fig(value=D(3)), MALE: Fig(value=D(4))}) == Fig(value=D(7))
    assert derive_total(PERCENT, {FEMALE: Fig(D(45), D(50))}) is None


def test_it_warns_on_a_jump_of_more_than_half():
    problem = check_jump(PERCENT, Fig(D(90), D(100)), Fig(D(50), D(100)))
    assert problem.level == "warning" and problem.rule == "jump"
    assert "80%" in problem.message
    assert check_jump(PERCENT, Fig(D(70), D(100)), Fig(D(50), D(100))) is None
    assert check_jump(PERCENT, Fig(D(70), D(100)), None) is None
    assert check_jump(PERCENT, Fig(D(70), D(100)), Fig(D(0), D(100))) is None


def test_a_part_with_errors_gets_no_jump_warning():
    problems = check_part(PERCENT, {TOTAL: Fig(D(-1), D(2))}, {TOTAL: Fig(D(1), D(2))})
    assert rules_of(problems) == ["negative"]
    assert rules_of(problems, "warning") == []


@given(female=st.tuples(amounts, amounts), male=st.tuples(amounts, amounts))
def test_a_derived_total_always_passes_the_sum_check(female, male):
    figs = {FEMALE: Fig(*female), MALE: Fig(*male)}
    figs[TOTAL] = derive_total(PERCENT, figs)
    assert check_sexes(PERCENT, figs) == []


@given(num=amounts, den=amounts)
def test_a_percentage_passes_exactly_when_the_numerator_fits(num, den):
    errors = rules_of(check_figure(PERCENT, Fig(num, den)))
    assert (errors == []) == (num <= den)
    if num <= den and den > 0:
        assert D(0) <= figure_value(PERCENT, Fig(num, den)) <= D(100)


@given(a=amounts, b=amounts)
def test_any_negative_input_is_an_error(a, b):
    problems = check_figure(SEX_RATIO, Fig(-a - D("0.01"), b))
    assert "negative" in rules_of(problems)


@given(old=st.decimals(min_value=1, max_value=1000, places=1), new=amounts)
def test_the_jump_warning_matches_the_relative_change(old, new):
    warned = check_jump(TIMES, Fig(value=new), Fig(value=old)) is not None
    assert warned == (abs(new - old) / old > D("0.5"))
