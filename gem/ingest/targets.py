"""Indicator text -> targets (value, unit, comparator, year, baseline, label)."""

import re

from gem.ingest.labels import assign_labels
from gem.ingest.quantities import (
    NUMBER,
    Quantity,
    bare_counts,
    elliptic,
    find_quantities,
    years,
)
from gem.lib.numbers import parse_vn_number

# Direction words right before the number (the nearest one decides).
_BEFORE = [
    ("<=", re.compile(r"(?:không vượt quá|không quá|tối đa(?: là)?|không cao hơn)\s*(?:mức\s*)?$")),
    (">=", re.compile(r"(?:không dưới|không thấp hơn|ít nhất(?: là)?|tối thiểu(?: là)?)\s*"
                      r"(?:mức\s*)?$")),
    ("<", re.compile(r"(?:dưới|thấp hơn)\s*(?:mức\s*)?$")),
    (">=", re.compile(r"(?:đạt|lên|tăng lên|nâng lên)\s+mức\s*$")),
    (">", re.compile(r"(?<!đạt )(?:cao )?hơn\s*$|trên\s*(?:mức\s*)?$")),
    ("<=", re.compile(r"(?:còn|xuống)\s*(?:mức\s*)?$")),
    (">=", re.compile(r"(?:lên|tăng)\s*(?:mức\s*)?$")),
    ("=", re.compile(r"(?:ở mức|ổn định ở mức|duy trì mức|bằng|khoảng|xấp xỉ|mức)\s*$")),
    (">=", re.compile(r"từ\s*$")),
]  # fmt: skip
_AFTER_UP = re.compile(r"^\s*(?:trở lên|trở lại)")
_AFTER_DOWN = re.compile(r"^\s*trở xuống")
_BASELINE = re.compile(
    rf"\btừ\s+(?:mức\s+)?({NUMBER})(?!\d)[^;]{{0,80}}?\s(?:xuống|còn|lên|đến|tới)"
    r"(?:\s+(?:còn|mức|dưới|trên|khoảng|ít nhất|tối thiểu|không dưới|không quá|đạt))*\s*$"
)
_CLAUSE_BREAK = re.compile(r"[;.]\s|[;.]$|\n")
_BOOL_WORDS = re.compile(
    r"đưa .*vào|được đưa vào|lồng ghép|ban hành|xây dựng|thành lập|triển khai|bảo đảm|có\b", re.I
)


def parse_targets(
    text: str, default_year: int | None, start_year: int | None = None
) -> tuple[list[dict], list[str]]:
    """Return (targets, review notes) for one indicator's text; start_year (the plan's first
    year) tells a baseline's year ("năm 2025 đạt 22,6%") from a target's."""
    points = _points_change(text, default_year)
    if points:
        return points
    quantities = _drop_conditions(text, elliptic(text, find_quantities(text)))
    # "ít nhất 30.000 phụ nữ ... 2.500 hợp tác xã"; "50% ...; trong đó có ít nhất 70 lao động nữ"
    taken = {q.start for q in quantities}
    extra = [
        q
        for q in bare_counts(text)
        if q.start not in taken
        and all(o.unit == "count" or not _same_clause(text, o, q) for o in quantities)
    ]
    quantities = sorted(quantities + extra, key=lambda q: q.start)
    quantities, stated = _stated_baselines(text, quantities, start_year or default_year)
    quantities = _fold_baselines(text, quantities)
    notes: list[str] = []
    if not quantities:
        year = _first_year(text) or default_year
        if not _BOOL_WORDS.search(text):
            notes.append("no number found; read as a yes/no commitment")
        return [_target(None, "bool", "=", year, None)], notes
    for q in quantities:
        q.comparator = _comparator(text, q, quantities)
    for q in quantities:  # after the comparators: a stated level tells no direction
        if q.baseline is None:
            q.baseline = _baseline_for(text, q, stated)
    _assign_years(text, quantities, default_year, [(m.start(), m.end()) for m in stated])
    labels = assign_labels(text, quantities)
    targets = [
        _target(q.value, q.unit, q.comparator, q.year, q.baseline) | {"label": label}
        for q, label in zip(quantities, labels, strict=True)
    ]
    return targets, notes


def _target(value, unit, comparator, year, baseline) -> dict:
    return {
        "value": _number(value),
        "unit": unit,
        "comparator": comparator,
        "year": year,
        "baseline": _number(baseline),
        "label": None,
    }


def _number(value):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


# "Tỷ lệ công đoàn cơ sở có từ 30% nữ đoàn viên trở lên có ... trên 60%": who is counted
_QUALIFIER = re.compile(
    rf"\bcó\s+(?:từ|trên|ít nhất)\s+({NUMBER})\s*%\s+[^\d;,.]{{2,40}}?\s+trở lên"
)


def _drop_conditions(text: str, qs: list[Quantity]) -> list[Quantity]:
    """In a clause with a percentage, counts are conditions ("100% xã ... ít nhất 04 tin, bài");
    a percentage that qualifies the subject ("có từ 30% nữ đoàn viên trở lên") is one too."""
    qualifiers = {m.start(1) for m in _QUALIFIER.finditer(text)}
    if qualifiers and len(qs) > len(qualifiers):
        qs = [q for q in qs if q.start not in qualifiers]
    # "100% phụ nữ mang thai được khám thai ít nhất 04 lần": the 4 times is a condition too
    counts = ("items_per_quarter", "items_per_month", "count", "times")
    return [
        q
        for q in qs
        if not (q.unit in counts and any(o.unit == "%" and _same_clause(text, o, q) for o in qs))
    ]


def _same_clause(text: str, a: Quantity, b: Quantity) -> bool:
    return _same_clause_span(text, a.start, b.start)


# "đạt 24% (năm 2025 đạt 22,6%)", "(số liệu năm 2025: 54%)": the level in a year before the
# plan's, given in parentheses, is every target's baseline
_STATED_BASE = re.compile(
    r"\(\s*(?:ước\s+)?(?:thực hiện\s+|kết quả\s+|số liệu\s+|hiện trạng\s+)?"
    r"năm\s+(?P<year>20\d\d)\s*"
    rf"(?::|là|đạt|ước đạt|ước)\s*(?P<value>{NUMBER})[^()]*\)"
)


_STATED_BASE_AFTER = re.compile(
    rf"\(\s*(?:ước\s+)?(?:đạt|thực hiện|là)\s+(?P<value>{NUMBER})\s*%?\s*(?:vào\s+|trong\s+)?"
    r"năm\s+(?P<year>20\d\d)\s*\)"
)


def _stated_matches(text: str) -> list[re.Match]:
    found = [*_STATED_BASE.finditer(text), *_STATED_BASE_AFTER.finditer(text)]
    return sorted(found, key=lambda m: m.start())


def _stated_baselines(text: str, qs: list[Quantity], first_year: int | None):
    """The quantities without the stated baselines' numbers, and those baselines: a year
    before the plan's, alone in its parentheses (not "(năm 2028: 60%, năm 2030: 75%)")."""
    found = [
        m
        for m in ([] if _POINTS.search(text) else _stated_matches(text))
        if first_year and int(m.group("year")) < first_year and len(years(m.group())) == 1
    ]
    kept = [q for q in qs if not any(m.start("value") <= q.start < m.end("value") for m in found)]
    return (kept, found) if kept else (qs, [])


def _baseline_for(text: str, q: Quantity, stated: list[re.Match]):
    """The stated baseline in the target's clause, else the nearest one before it, else the
    first after it ("đạt 24% (năm 2025 đạt 22,6%)")."""
    if not stated:
        return None
    same = [m for m in stated if _same_clause_span(text, q.start, m.start())]
    before = [m for m in stated if m.start() < q.start]
    m = (same or before[-1:] or stated)[0] if not same else same[0]
    return parse_vn_number(m.group("value"))


def _same_clause_span(text: str, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return not _CLAUSE_BREAK.search(text, lo, hi)


def _fold_baselines(text: str, qs: list[Quantity]) -> list[Quantity]:
    """ "giảm từ 23 ... xuống 18": 23 is the baseline of the target 18 (23 may have no unit)."""
    dropped: set[int] = set()
    for q in qs:
        lo = _clause_start(text, q.start)
        m = _BASELINE.search(text, lo, q.start)
        if not m or _AFTER_UP.match(text[m.end(1) :]):
            continue
        q.baseline = parse_vn_number(m.group(1))
        dropped.update(o.start for o in qs if o.start == m.start(1))
    return [q for q in qs if q.start not in dropped]


def _clause_start(text: str, pos: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, pos)]
    return breaks[-1] if breaks else 0


def _comparator(text: str, q: Quantity, qs: list[Quantity]) -> str:
    if q.unit == "bool":
        return "="
    if _AFTER_UP.match(text[q.end :]):
        return ">="
    if _AFTER_DOWN.match(text[q.end :]):
        return "<="
    window = text[_window_start(text, q, qs) : q.start].lower().rstrip()
    for comparator, pattern in _BEFORE:
        if pattern.search(window):
            return comparator
    previous = _continues(text, q, qs)
    if previous is not None:  # "xuống còn 1,7 lần vào năm 2025 và 1,4 lần vào năm 2030"
        return previous.comparator
    if q.baseline is not None:
        return "<=" if q.baseline > q.value else ">="
    if re.search(r"\bgiảm\b", window) and not re.search(r"\btăng\b", window):
        return "<="
    return ">="


_THIN = re.compile(
    r"(?:\s|,|và|hoặc|(?:vào|đến|tới|trong)?\s*(?:cuối\s*)?năm\s*(?:19|20)\d\d|sinh ra sống"
    r"|gái|trẻ đẻ sống|phụ nữ|lần)*"
)


def _continues(text: str, q: Quantity, qs: list[Quantity]) -> Quantity | None:
    """The target this bare number continues: the one just before it in the same clause, when
    only a year and "và" stand between them (no verb or direction word of its own)."""
    previous = [o for o in qs if o.end <= q.start]
    if not previous or not getattr(previous[-1], "comparator", None):
        return None
    between = text[previous[-1].end : q.start].lower()
    if _CLAUSE_BREAK.search(between) or not _THIN.fullmatch(between):
        return None
    return previous[-1]


def _window_start(text: str, q: Quantity, qs: list[Quantity]) -> int:
    previous = [o.end for o in qs if o.end <= q.start]
    start = max(previous) if previous else 0
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, q.start)]
    return breaks[-1] if breaks else start


def _assign_years(
    text: str, qs: list[Quantity], default_year: int | None, stated: list[tuple[int, int]]
) -> None:
    """A year after a number ("60% vào năm 2025") is that number's; a year before numbers
    ("Đến năm 2030, đạt ...") applies to the numbers that follow; else the plan's end year."""
    forward: list[tuple[int, int]] = []
    own: dict[int, int] = {}
    for start, end, year in years(text):
        if _REFERENCE_YEAR.search(text, 0, start) and re.match(r"\s*\)", text[end:]):
            continue  # "tăng từ 45% (năm 2025) lên 55%": the year of the baseline
        if any(lo <= start < hi for lo, hi in stated):
            continue  # "đạt 24% (năm 2025 đạt 22,6%)"
        if _BASELINE_YEAR.search(text, 0, start) and _THEN.match(text, end):
            continue  # "giảm từ 34 ca sinh/1.000 phụ nữ năm 2025 xuống còn 31"
        lo, hi = _clause_start(text, start), _clause_end(text, start)
        before = [q for q in qs if lo <= q.start and q.end <= start]
        after = [q for q in qs if start < q.start < hi]
        by_words = re.search(r"(?:vào|trong|tới|đến|cuối)\s*(?:cuối\s*)?$", text[lo:start])
        adjacent = before and re.fullmatch(
            r"\s*(?:vào\s+|trong\s+)?(?:cuối\s+)?", text[before[-1].end : start]
        )  # "đạt 70% năm 2028 và 72% năm 2030"
        if (
            before
            and id(before[-1]) not in own
            and (not after or by_words and _is_vao(text, start) or adjacent)
        ):
            own[id(before[-1])] = year
        else:
            forward.append((start, year))
    for i, q in enumerate(qs):
        earlier = [y for pos, y in forward if pos < q.start]
        closing = next(
            (
                own[id(o)]
                for o in qs[i + 1 :]
                if id(o) in own and _same_clause(text, q, o) and "(" not in text[q.end : o.start]
            ),
            None,
        )  # "nữ thạc sĩ đạt 40% và tiến sĩ đạt 25% vào năm 2025" (not "95% (đạt 80% vào năm 2027)")
        q.year = own.get(id(q)) or (earlier[-1] if earlier else closing or default_year)


_REFERENCE_YEAR = re.compile(r"\(\s*$")
_BASELINE_YEAR = re.compile(rf"\btừ\s+(?:mức\s+)?(?:{NUMBER})[^;]{{0,40}}?(?:\s|\()$")
_THEN = re.compile(r"\s*\)?\s*,?\s*(?:xuống|lên|còn|tăng|giảm|đến)\b")
_POINTS = re.compile(rf"\b(giảm|tăng)\s+(?:thêm\s+)?({NUMBER})\s+điểm\s+phần\s+trăm", re.I)
_POINTS_BASE = re.compile(
    rf"\(\s*(?:năm\s+)?20\d\d\s*(?::|là|đạt)\s*({NUMBER})\s*%\s*\)|\btừ\s+({NUMBER})\s*%"
)


def _points_change(text: str, default_year):
    """ "giảm 2 điểm phần trăm ... so với năm 2025 (năm 2025: 12%)": the level 10% (<=) with the
    baseline 12%. Without a baseline there is no level to read: a review note."""
    m = _POINTS.search(text)
    if not m:
        return None
    b = _POINTS_BASE.search(text)
    note = "low confidence: a change in percentage points read as a level from its baseline"
    if not b:
        return [_target(None, "%", "=", default_year, None)], [
            "a change in percentage points without a baseline: enter the target level"
        ]
    base, delta = parse_vn_number(b.group(1) or b.group(2)), parse_vn_number(m.group(2))
    down = m.group(1).lower() == "giảm"
    value = base - delta if down else base + delta
    year = next((y for s, _e, y in years(text) if re.search(r"(?:đến|vào)\s*$", text[:s])), None)
    return [_target(value, "%", "<=" if down else ">=", year or default_year, base)], [note]


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_BREAK.search(text, pos)
    return m.start() if m else len(text)


def _is_vao(text: str, pos: int) -> bool:
    return bool(re.search(r"(?:vào|trong)\s*(?:cuối\s*)?$", text[max(0, pos - 12) : pos]))


def _first_year(text: str) -> int | None:
    found = years(text)
    return found[0][2] if found else None
