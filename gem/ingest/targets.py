"""Indicator text -> targets (value, unit, comparator, year, baseline, label)."""

import re

from gem.ingest.labels import assign_labels
from gem.ingest.quantities import Quantity, find_quantities, years

# Direction words right before the number (the nearest one decides).
_BEFORE = [
    ("<=", re.compile(r"(?:không vượt quá|không quá|tối đa(?: là)?|không cao hơn)\s*(?:mức\s*)?$")),
    (">=", re.compile(r"(?:không dưới|không thấp hơn|ít nhất(?: là)?|tối thiểu(?: là)?)\s*"
                      r"(?:mức\s*)?$")),
    ("<", re.compile(r"dưới\s*(?:mức\s*)?$")),
    (">", re.compile(r"(?<!đạt )(?:cao )?hơn\s*$|trên\s*(?:mức\s*)?$")),
    ("<=", re.compile(r"(?:còn|xuống)\s*(?:mức\s*)?$")),
    (">=", re.compile(r"(?:lên|tăng)\s*(?:mức\s*)?$")),
    ("=", re.compile(r"(?:ở mức|ổn định ở mức|duy trì mức|bằng|khoảng|xấp xỉ|mức)\s*$")),
    (">=", re.compile(r"từ\s*$")),
]  # fmt: skip
_AFTER_UP = re.compile(r"^\s*(?:trở lên|trở lại)")
_AFTER_DOWN = re.compile(r"^\s*trở xuống")
_BASELINE_FROM = re.compile(r"\btừ\s*(?:mức\s*)?$")
_BASELINE_TO = re.compile(r"(?:xuống|còn|lên|đến|tới)\s*(?:còn\s*|mức\s*|dưới\s*|trên\s*)?$")
_CLAUSE_BREAK = re.compile(r"[;.]\s|[;.]$|\n")
_BOOL_WORDS = re.compile(
    r"đưa .*vào|được đưa vào|lồng ghép|ban hành|xây dựng|thành lập|triển khai|bảo đảm|có\b", re.I
)


def parse_targets(text: str, default_year: int | None) -> tuple[list[dict], list[str]]:
    """Return (targets, review notes) for one indicator's text."""
    quantities = _drop_conditions(text, find_quantities(text))
    quantities = _fold_baselines(text, quantities)
    notes: list[str] = []
    if not quantities:
        year = _first_year(text) or default_year
        if not _BOOL_WORDS.search(text):
            notes.append("no number found; read as a yes/no commitment")
        return [_target(None, "bool", "=", year, None)], notes
    for q in quantities:
        q.comparator = _comparator(text, q, quantities)
    _assign_years(text, quantities, default_year)
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


def _drop_conditions(text: str, qs: list[Quantity]) -> list[Quantity]:
    """In a clause with a percentage, counts are conditions ("100% xã ... ít nhất 04 tin, bài")."""
    counts = ("items_per_quarter", "items_per_month", "count")
    return [
        q
        for q in qs
        if not (
            q.unit in counts and any(o.unit == "%" and _same_clause(text, o, q) for o in qs)
        )
    ]


def _same_clause(text: str, a: Quantity, b: Quantity) -> bool:
    lo, hi = sorted((a.start, b.start))
    return not _CLAUSE_BREAK.search(text, lo, hi)


def _fold_baselines(text: str, qs: list[Quantity]) -> list[Quantity]:
    """ "giảm từ 23 ... xuống 18": the first number is the baseline of the second."""
    out: list[Quantity] = []
    skip = False
    for i, q in enumerate(qs):
        if skip:
            skip = False
            continue
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if (
            nxt is not None
            and _BASELINE_FROM.search(text[max(0, q.start - 12) : q.start])
            and not _AFTER_UP.match(text[q.end :])
            and _same_clause(text, q, nxt)
            and _BASELINE_TO.search(text[q.end : nxt.start])
        ):
            nxt.baseline = q.value
            out.append(nxt)
            skip = True
            continue
        out.append(q)
    return out


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
    if q.baseline is not None:
        return "<=" if q.baseline > q.value else ">="
    if re.search(r"\bgiảm\b", window) and not re.search(r"\btăng\b", window):
        return "<="
    return ">="


def _window_start(text: str, q: Quantity, qs: list[Quantity]) -> int:
    previous = [o.end for o in qs if o.end <= q.start]
    start = max(previous) if previous else 0
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, q.start)]
    return breaks[-1] if breaks else start


def _assign_years(text: str, qs: list[Quantity], default_year: int | None) -> None:
    """A year right after a number is its own; one before numbers applies forward."""
    mentions = years(text)
    forward: list[tuple[int, int]] = []
    own: dict[int, int] = {}
    for start, _end, year in mentions:
        before = [q for q in qs if q.end <= start]
        if before and _attaches_back(text[before[-1].end : start]) and id(before[-1]) not in own:
            own[id(before[-1])] = year
        else:
            forward.append((start, year))
    for q in qs:
        if id(q) in own:
            q.year = own[id(q)]
            continue
        earlier = [y for pos, y in forward if pos < q.start]
        q.year = earlier[-1] if earlier else default_year


def _attaches_back(gap: str) -> bool:
    """The gap between a number and "năm YYYY" after it: a few words, no clause break."""
    return len(gap) <= 40 and not re.search(r"[;,:\d]|\bvà\b", gap)


def _first_year(text: str) -> int | None:
    found = years(text)
    return found[0][2] if found else None
