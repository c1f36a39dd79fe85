from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gem.lib.numbers import format_vn_number, parse_vn_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,4", "1.4"),
        ("100.000", "100000"),
        ("99,9%", "99.9"),
        ("04", "4"),
        ("1.234,5", "1234.5"),
        ("42", "42"),
        ("1.5", "1.5"),
    ],
)
def test_it_reads_vietnamese_numbers(text, value):
    assert parse_vn_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "1..2", "12.34.5"])
def test_it_refuses_what_is_not_a_number(text):
    with pytest.raises(ValueError):
        parse_vn_number(text)


def test_it_writes_decimal_commas_and_thousand_dots():
    assert format_vn_number(Decimal("1234567.5")) == "1.234.567,5"
    assert format_vn_number(Decimal("75")) == "75"
    assert format_vn_number(8.888, 2) == "8,89"


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_formatting_then_parsing_gives_the_number_back(value):
    assert parse_vn_number(format_vn_number(value, 2)) == value
