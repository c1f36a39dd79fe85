"""Property tests (hypothesis) for what people and programs type as numbers: the Vietnamese
number parser and the validation of reported figures never fail with anything but a clear
refusal, and what is written is read back unchanged."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from gem.lib.numbers import format_vn_number, parse_vn_number
from gem.reporting.validation import SEXES, Fig, PartRule, check_part

NUMBERISH = st.text(alphabet="0123456789.,%+- \u00a0eE", max_size=24)


@given(st.one_of(st.text(max_size=40), NUMBERISH))
def test_the_parser_returns_a_finite_number_or_refuses_with_value_error(text):
    try:
        number = parse_vn_number(text)
    except ValueError:
        return
    assert isinstance(number, Decimal) and number.is_finite()


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False))
def test_a_formatted_number_reads_back_as_itself(value):
    assert parse_vn_number(format_vn_number(value, places=2)) == value


@given(st.integers(min_value=0, max_value=10**15))
def test_whole_numbers_with_thousand_dots_read_back(value):
    assert parse_vn_number(format_vn_number(value, places=0)) == value


FIGURES = st.one_of(
    st.none(),
    st.decimals(
        min_value=Decimal("-1e15"), max_value=Decimal("1e15"), allow_nan=False, places=None
    ).filter(lambda d: d.is_finite()),
)
RULES = st.builds(
    PartRule,
    unit=st.sampled_from(["%", "boys_per_100_girls", "per_100000_live_births", "times", "count"]),
    measure=st.sampled_from(["ratio", "value", "bool"]),
    factor=st.sampled_from([Decimal(1), Decimal(100), Decimal(1000), Decimal(100000)]),
    is_by_sex=st.booleans(),
)
ROWS = st.dictionaries(
    st.sampled_from(SEXES), st.builds(Fig, numerator=FIGURES, denominator=FIGURES, value=FIGURES)
)


@settings(max_examples=300)
@given(RULES, ROWS, st.one_of(st.none(), ROWS))
def test_validation_answers_every_input_with_problems_not_exceptions(rule, figs, previous):
    problems = check_part(rule, figs, previous)
    assert all(p.message and p.level in {"error", "warning"} for p in problems)


def test_validation_survives_a_tiny_denominator():
    rule = PartRule(unit="boys_per_100_girls", measure="ratio", factor=Decimal(100))
    fig = Fig(numerator=Decimal("99999999999999"), denominator=Decimal("1E-20"))
    assert check_part(rule, {"": fig})
