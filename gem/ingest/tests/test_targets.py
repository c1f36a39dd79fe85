import pytest

from gem.ingest.targets import parse_targets


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        ("Tỷ lệ nữ đạt 60%.", 60, "%", ">="),
        ("Tỷ lệ nữ đạt ít nhất 27%.", 27, "%", ">="),
        ("Tỷ lệ nữ thạc sĩ đạt không dưới 50%.", 50, "%", ">="),
        ("Tỷ lệ nữ đạt từ 30% trở lên.", 30, "%", ">="),
        ("Tỷ lệ hoàn thành tiểu học đạt trên 90%.", 90, "%", ">"),
        ("Tỷ số giới tính khi sinh khoảng 109 bé trai/100 bé gái.", 109, "boys_per_100_girls", "="),
        ("Tỷ trọng lao động nữ giảm xuống dưới 25%.", 25, "%", "<"),
        ("Giảm số giờ làm việc nhà của phụ nữ còn 1,4 lần.", 1.4, "times", "<="),
        ("Tỷ trọng giảm xuống 28,5%.", 28.5, "%", "<="),
        ("Tỷ số giới tính khi sinh ở mức 109 bé trai/100 bé gái.", 109, "boys_per_100_girls", "="),
        ("Duy trì tỷ lệ tử vong bà mẹ dưới 42/100.000 trẻ sinh sống.", 42,
         "per_100000_live_births", "<"),
        ("Tỷ suất sinh không vượt quá 15 ca sinh/1.000 phụ nữ.", 15, "per_1000_women", "<="),
        ("Mỗi quý có ít nhất 01 tin, bài về bình đẳng giới.", 1, "items_per_quarter", ">="),
        ("Đạt khoảng 1.200 lượt mỗi năm.", 1200, "count", "="),
    ],
)  # fmt: skip
def test_it_reads_direction_words(text, value, unit, comparator):
    targets, _notes = parse_targets(text, 2030)
    assert [(t["value"], t["unit"], t["comparator"]) for t in targets] == [
        (value, unit, comparator)
    ]


def test_it_reads_two_due_years_as_one_part():
    targets, _ = parse_targets("Đạt 60% vào năm 2025 và 75% vào năm 2030.", 2030)
    assert [(t["value"], t["year"], t["label"]) for t in targets] == [
        (60, 2025, None),
        (75, 2030, None),
    ]


def test_it_reads_a_baseline():
    text = "Tỷ suất sinh giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ."
    targets, _ = parse_targets(text, 2030)
    assert (targets[0]["baseline"], targets[0]["value"], targets[0]["comparator"]) == (23, 18, "<=")


def test_it_keeps_a_count_condition_inside_a_percentage():
    targets, _ = parse_targets("100% xã, phường mỗi quý có ít nhất 04 tin, bài.", 2030)
    assert [(t["value"], t["unit"]) for t in targets] == [(100, "%")]


def test_it_reads_a_qualitative_commitment_from_its_first_year():
    targets, _ = parse_targets("Từ năm 2026 trở đi đưa nội dung về giới vào chương trình.", 2030)
    assert targets == [
        {"value": None, "unit": "bool", "comparator": "=", "year": 2026, "baseline": None,
         "label": None}
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giảm số giờ làm việc nhà của phụ nữ so với nam giới xuống còn 1,7 lần vào năm 2025 "
         "và 1,4 lần vào năm 2030.", [(1.7, "<=", 2025), (1.4, "<=", 2030)]),
        ("Tỷ số giới tính khi sinh ở mức 109 bé trai/100 bé gái sinh ra sống vào năm 2025 và "
         "108 vào năm 2030.", [(109, "=", 2025), (108, "=", 2030)]),
        ("Tỷ lệ đạt ít nhất 27% vào năm 2025 và 30% vào năm 2030.",
         [(27, ">=", 2025), (30, ">=", 2030)]),
        ("Giảm xuống dưới 30% vào năm 2025 và 25% vào năm 2030.",
         [(30, "<", 2025), (25, "<", 2030)]),
        # a number with its own verb keeps its own direction
        ("Giảm xuống còn 20% vào năm 2025 và tăng lên 30% vào năm 2030.",
         [(20, "<=", 2025), (30, ">=", 2030)]),
    ],
)  # fmt: skip
def test_a_bare_later_number_keeps_the_direction_of_the_one_before(text, expected):
    targets, _ = parse_targets(text, 2030)
    assert [(t["value"], t["comparator"], t["year"]) for t in targets] == expected


def test_a_year_closing_the_clause_is_every_target_s_in_it():
    text = (
        "Tỷ lệ nữ thạc sĩ đạt 40% và tiến sĩ đạt 25% vào năm 2025; nữ thạc sĩ đạt 50% và "
        "tiến sĩ đạt 35% vào năm 2030."
    )
    targets, _ = parse_targets(text, 2030)
    got = [(t["value"], t["year"]) for t in targets]
    assert got == [(40, 2025), (25, 2025), (50, 2030), (35, 2030)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tỷ lệ nữ cán bộ quản lý đạt 24% (năm 2025 đạt 22,6%).", [(24, 2030, 22.6)]),
        ("Tỷ lệ đạt ít nhất 45% vào năm 2028; đạt 50% vào năm 2030 (số liệu năm 2025: 40%).",
         [(45, 2028, 40), (50, 2030, 40)]),
        # targets for years of the plan in parentheses are targets, not baselines
        ("Tỷ lệ nữ lãnh đạo (năm 2028: 60%, năm 2030: 75%).", [(60, 2028, None), (75, 2030, None)]),
    ],
)  # fmt: skip
def test_a_level_stated_for_a_year_before_the_plan_is_the_baseline(text, want):
    targets, _ = parse_targets(text, 2030, 2026)
    assert [(t["value"], t["year"], t["baseline"]) for t in targets] == want
