"""Part labels: which part of an indicator each target applies to.

A target's label is a phrase naming its part ("tiểu học", "người bị bạo lực"), taken from a
lexicon of the parts Vietnamese gender-equality indicators are split into, and kept only
when it tells the targets of one indicator apart. Targets that differ only by year are one
part (label None).
"""

import re

from gem.ingest.quantities import Quantity

LEXICON = [
    "người bị bạo lực", "người gây bạo lực", "nạn nhân bị mua bán", "người bị mua bán",
    "mầm non", "tiểu học", "trung học cơ sở", "trung học phổ thông", "giáo dục nghề nghiệp",
    "cao đẳng", "đại học", "thạc sĩ", "tiến sĩ",
    "đại biểu Quốc hội", "Hội đồng nhân dân cấp tỉnh", "Hội đồng nhân dân cấp xã",
    "cấp tỉnh", "cấp xã", "cấp huyện", "cấp cơ sở",
    "nông thôn", "thành thị", "khu vực nông nghiệp",
    "cơ quan quản lý nhà nước", "chính quyền địa phương", "doanh nghiệp", "hợp tác xã",
]  # fmt: skip
_PHRASES = re.compile(
    "|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p in sorted(LEXICON, key=len, reverse=True)),
    re.IGNORECASE,
)
_CANONICAL = {p.lower(): p for p in LEXICON}
_CLAUSE = re.compile(r";\s*|\.\s+(?=[A-ZĐ])")


def assign_labels(text: str, qs: list[Quantity]) -> list[str | None]:
    if len(qs) < 2:
        return [None] * len(qs)
    clauses = _clauses(text)
    everywhere = _common_phrases(text, clauses, qs)
    labels: list[str | None] = []
    for i, q in enumerate(qs):
        label = _label_for(text, qs, i, clauses, everywhere)
        if label is None and i and _clause_of(clauses, q) == _clause_of(clauses, qs[i - 1]):
            label = labels[-1]
        labels.append(label)
    if len({lb for lb in labels if lb}) < 2:
        return _unlabelled(qs)
    return [lb if lb else _fallback(text, q) for lb, q in zip(labels, qs, strict=True)]


def _unlabelled(qs: list[Quantity]) -> list[str | None]:
    """No lexicon part: same part over several years, unless two targets share a year."""
    seen = set()
    for q in qs:
        key = (q.year, q.unit)
        if key in seen:
            return [None] * len(qs)  # reported for review by the caller
        seen.add(key)
    return [None] * len(qs)


def _clauses(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _CLAUSE.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _clause_of(clauses: list[tuple[int, int]], q: Quantity) -> int:
    for i, (lo, hi) in enumerate(clauses):
        if lo <= q.start <= hi:
            return i
    return len(clauses) - 1


def _common_phrases(text, clauses, qs) -> set[str]:
    used = {_clause_of(clauses, q) for q in qs}
    sets = [
        {m.group(0).lower() for m in _PHRASES.finditer(text, clauses[i][0], clauses[i][1])}
        for i in used
    ]
    return set.intersection(*sets) if sets else set()


def _label_for(text, qs, i, clauses, everywhere) -> str | None:
    q = qs[i]
    lo, hi = clauses[_clause_of(clauses, q)]
    prev_end = max([o.end for o in qs[:i] if o.end > lo] or [lo])
    next_start = min([o.start for o in qs[i + 1 :] if o.start < hi] or [hi])
    before = [m for m in _PHRASES.finditer(text, prev_end, q.start)
              if m.group(0).lower() not in everywhere]  # fmt: skip
    if before:
        return _CANONICAL[before[-1].group(0).lower()]
    after = [m for m in _PHRASES.finditer(text, q.end, next_start)
             if m.group(0).lower() not in everywhere]  # fmt: skip
    return _CANONICAL[after[0].group(0).lower()] if after else None


def _fallback(text: str, q: Quantity) -> str | None:
    words = re.findall(r"[^\W\d_]+", text[q.end : q.end + 60])
    return " ".join(words[:3]) or None
