"""Reading rollup rows as the figures of one plan part (no queries: rows are passed in)."""

from dataclasses import dataclass
from decimal import Decimal

from gem.analytics import calc, specs
from gem.analytics.calc import ZERO_ACC, Acc, Reading
from gem.analytics.models import ACC_FIELDS, Rollup
from gem.analytics.progress import Goal, Point

SEXES = ("female", "male")


KEY_FIELDS = ("indicator_code", "part_number", "period_code", "sex")
TIER_FIELDS = tuple(f"{tier}_{name}" for tier in ("own", "below") for name in ACC_FIELDS)
Pair = tuple[Acc, Acc]  # (own, below) of one rollup row
EMPTY: Pair = (ZERO_ACC, ZERO_ACC)


def tier(row: Rollup | None, name: str) -> Acc:
    if row is None:
        return ZERO_ACC
    return Acc(*(getattr(row, f"{name}_{field}") for field in ACC_FIELDS))


def pair_of(row: Rollup | None) -> Pair | None:
    return None if row is None else (tier(row, "own"), tier(row, "below"))


@dataclass(frozen=True)
class PartRule:
    code: str
    number: int
    measure: str
    unit: str
    factor: Decimal
    aggregation: specs.Aggregation

    @classmethod
    def of(cls, part) -> "PartRule":
        code = part.indicator.code
        return cls(
            code,
            part.number,
            part.measure,
            part.unit,
            part.factor,
            specs.aggregation(code, part.measure, part.unit),
        )

    def read(self, pair: Pair | None) -> Reading:
        own, below = pair or EMPTY
        return calc.read(
            own,
            below,
            kind=self.aggregation.kind,
            is_direct=self.code in specs.DIRECT_CODES,
            factor=self.factor if self.measure == "ratio" else Decimal(1),
        )

    def read_beside(self, pair: Pair | None) -> Reading | None:
        """For a direct figure: what the units below add up to, shown beside it."""
        own, below = pair or EMPTY
        if self.code not in specs.DIRECT_CODES or not own.reports or not below.reports:
            return None
        return calc.read(
            ZERO_ACC,
            below,
            kind=self.aggregation.kind,
            is_direct=False,
            factor=self.factor if self.measure == "ratio" else Decimal(1),
        )


class RowIndex:
    """Rollup rows of one org unit by (code, part, period, sex), read as plain tuples."""

    def __init__(self, queryset):
        n = len(ACC_FIELDS)
        self.rows: dict[tuple, Pair] = {
            t[:4]: (Acc(*t[4 : 4 + n]), Acc(*t[4 + n :]))
            for t in queryset.values_list(*KEY_FIELDS, *TIER_FIELDS)
        }

    def get(self, rule: PartRule, period_code: str, sex: str = "") -> Pair | None:
        return self.rows.get((rule.code, rule.number, period_code, sex))

    def periods(self, rule: PartRule) -> list[str]:
        codes = {p for (c, n, p, s) in self.rows if c == rule.code and n == rule.number and s == ""}
        return sorted(codes, key=period_sort_key)

    def series(self, rule: PartRule, until: str | None = None) -> list[tuple[str, Reading]]:
        limit = calc.period_time(until) if until else None
        out = []
        for code in self.periods(rule):
            t = calc.period_time(code)
            if limit is not None and (t is None or t > limit):
                continue
            out.append((code, rule.read(self.get(rule, code))))
        return out


def period_sort_key(code: str) -> tuple:
    t = calc.period_time(code)
    return (t is None, t or Decimal(0), code)


def points(series: list[tuple[str, Reading]]) -> list[Point]:
    out = []
    for code, reading in series:
        t = calc.period_time(code)
        if t is not None and reading.value is not None:
            out.append(Point(t, reading.value))
    return out


def goals(part) -> list[Goal]:
    return [Goal(t.value, t.comparator, t.year, t.unit) for t in part.targets.all()]
