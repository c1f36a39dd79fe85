"""Writes to rollups: follow value changes incrementally; rebuild everything from the values.

`rollup_apply` is registered with gem.reporting.hooks and runs inside the transaction that wrote
the values, so a figure is visible in the national view as soon as it is committed.
"""

from collections import defaultdict

from django.db import connection, transaction

from gem.analytics import calc, specs
from gem.analytics.calc import ZERO_ACC, Acc
from gem.analytics.models import ACC_FIELDS, TIERS, Rollup
from gem.analytics.tree import Tree
from gem.core import audit
from gem.plans.models import Part
from gem.reporting.hooks import Figure, ValueChange
from gem.reporting.models import DataValue

Key = tuple[int, str, int, str, str]  # org unit, indicator code, part number, period code, sex


class Cell:
    """A rollup row being changed in memory."""

    def __init__(self, row: Rollup):
        self.row = row
        self.own = _tier(row, "own")
        self.below = _tier(row, "below")
        self.dirty = False

    def effective(self) -> Acc:
        return calc.effective(self.own, self.below, self.row.indicator_code in specs.DIRECT_CODES)


def _tier(row: Rollup, tier: str) -> Acc:
    return Acc(*(getattr(row, f"{tier}_{name}") for name in ACC_FIELDS))


def _store(cell: Cell) -> Rollup:
    for tier in TIERS:
        acc = getattr(cell, tier)
        for name in ACC_FIELDS:
            setattr(cell.row, f"{tier}_{name}", getattr(acc, name))
    return cell.row


def report_acc(fig: Figure | None, code: str, measure: str) -> Acc:
    if fig is None:
        return ZERO_ACC
    meets = specs.meets_condition(code, measure, fig.value)
    return calc.acc_of_report(fig.numerator, fig.denominator, fig.value, meets)


def propagate(cells: dict[Key, Cell], chain: list[int], rest: tuple, delta: Acc) -> None:
    """Add `delta` to the own figure of chain[0], then carry the change of each unit's
    effective figure into the `below` tier of the next unit up, stopping when it vanishes."""
    cell = cells[(chain[0], *rest)]
    before = cell.effective()
    cell.own, cell.dirty = cell.own + delta, True
    change = cell.effective() - before
    for unit_id in chain[1:]:
        if change.is_zero:
            return
        cell = cells[(unit_id, *rest)]
        before = cell.effective()
        cell.below, cell.dirty = cell.below + change, True
        change = cell.effective() - before


def rollup_apply(changes: list[ValueChange]) -> None:
    """The hooks listener: apply value changes to the value's unit and every unit above it."""
    measures = dict(
        Part.objects.filter(pk__in={c.part_id for c in changes}).values_list("pk", "measure")
    )
    deltas: dict[Key, Acc] = defaultdict(lambda: ZERO_ACC)
    for c in changes:
        measure = measures.get(c.part_id, Part.Measure.RATIO)
        delta = report_acc(c.after, c.indicator_code, measure) - report_acc(
            c.before, c.indicator_code, measure
        )
        key = (c.org_unit_id, c.indicator_code, c.part_number, c.period_code, c.sex)
        deltas[key] = deltas[key] + delta
    deltas = {k: d for k, d in deltas.items() if not d.is_zero}
    if not deltas:
        return
    tree = Tree()
    tree.load_paths({c.org_unit_id: c.org_unit_path for c in changes})
    chains = {key: tree.chain(key[0]) for key in deltas}
    needed = {(u, *key[1:]) for key, chain in chains.items() for u in chain}
    cells = _lock(needed)
    for key in sorted(deltas):
        propagate(cells, chains[key], key[1:], deltas[key])
    _save(cells.values())


def _select(keys: set[Key]) -> dict[Key, Cell]:
    """Lock and read the rows of these keys (three IN clauses; the few extra rows are dropped)."""
    units, codes, periods = ({k[i] for k in keys} for i in (0, 1, 3))
    rows = (
        Rollup.objects.select_for_update()
        .filter(org_unit_id__in=units, indicator_code__in=codes, period_code__in=periods)
        .order_by("pk")
    )
    return {row.key: Cell(row) for row in rows if row.key in keys}


def _lock(keys: set[Key]) -> dict[Key, Cell]:
    """The rows of these keys, locked; missing ones are created first (concurrency-safe)."""
    cells = _select(keys)
    missing = keys - cells.keys()
    if missing:
        cells.update({row.key: Cell(row) for row in _insert_locked(sorted(missing))})
    return cells


def _insert_locked(keys: list[Key]) -> list[Rollup]:
    """Create the rows of these keys, or lock them if another writer just did: one statement.

    The no-op DO UPDATE locks a conflicting row and RETURNING answers it as committed, so no
    second SELECT is needed (PostgreSQL; SQLite 3.35+ has the same syntax).
    """
    quote = connection.ops.quote_name
    fields = [f for f in Rollup._meta.concrete_fields if not f.primary_key]
    unique = ["indicator_code", "part_number", "org_unit_id", "period_code", "sex"]
    row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    params = [
        f.get_db_prep_save(getattr(obj, f.attname), connection)
        for obj in map(_new_row, keys)
        for f in fields
    ]
    sql = (
        f"INSERT INTO {quote(Rollup._meta.db_table)} "  # noqa: S608
        f"({', '.join(quote(f.column) for f in fields)}) VALUES {', '.join([row] * len(keys))} "
        f"ON CONFLICT ({', '.join(map(quote, unique))}) DO UPDATE SET sex = EXCLUDED.sex "
        f"RETURNING {', '.join(quote(f.column) for f in Rollup._meta.concrete_fields)}"
    )
    return list(Rollup.objects.raw(sql, params))


def _new_row(key: Key) -> Rollup:
    unit, code, part, period, sex = key
    return Rollup(
        org_unit_id=unit, indicator_code=code, part_number=part, period_code=period, sex=sex
    )


def _save(cells) -> None:
    dirty = [c for c in cells if c.dirty]
    empty = {c.row.pk for c in dirty if c.own.is_zero and c.below.is_zero}
    if empty:
        Rollup.objects.filter(pk__in=empty).delete()
    keep = [_store(c) for c in dirty if c.row.pk not in empty]
    if keep:
        _update_rows(keep)


def _update_rows(rows: list[Rollup]) -> None:
    """PostgreSQL: one UPDATE ... FROM (VALUES ...) for all rows. Elsewhere one UPDATE per row,
    sent as a single executemany (bulk_update's CASE is far slower)."""
    names = [f"{tier}_{name}" for tier in TIERS for name in ACC_FIELDS]
    quote = connection.ops.quote_name
    table = quote(Rollup._meta.db_table)
    params = [[getattr(r, n) for n in names] + [r.pk] for r in rows]
    if connection.vendor == "postgresql":
        types = [Rollup._meta.get_field(n).cast_db_type(connection) for n in names] + ["bigint"]
        row = "(" + ", ".join(f"CAST(%s AS {t})" for t in types) + ")"
        sets = ", ".join(f"{quote(n)} = v.{quote(n)}" for n in names)
        sql = (
            f"UPDATE {table} SET {sets} FROM (VALUES {', '.join([row] * len(rows))}) "  # noqa: S608
            f"AS v({', '.join(map(quote, names))}, id) WHERE {table}.id = v.id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [p for ps in params for p in ps])
        return
    sets = ", ".join(f"{quote(n)} = %s" for n in names)
    sql = f"UPDATE {table} SET {sets} WHERE id = %s"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


@transaction.atomic
def rollup_rebuild(*, period_code: str | None = None, actor=None) -> int:
    """Recompute the rollups from the stored values (all periods, or one). Rerunnable."""
    values = DataValue.objects.all()
    if period_code:
        values = values.filter(period_code=period_code)
        Rollup.objects.filter(period_code=period_code).delete()
        codes = [period_code]
    else:
        Rollup.objects.all().delete()
        codes = sorted(set(values.values_list("period_code", flat=True).distinct()))
    tree = Tree.everything()
    written = 0
    for code in codes:
        written += _rebuild_period(code, tree)
    audit.record(
        actor=actor, action="rollup.rebuild", after={"period": period_code, "rows": written}
    )
    return written


def _rebuild_period(period_code: str, tree: Tree) -> int:
    cells: dict[Key, Cell] = {}
    rows = DataValue.objects.filter(period_code=period_code).values_list(
        "org_unit_id",
        "indicator_code",
        "part_number",
        "sex",
        "numerator",
        "denominator",
        "value",
        "part__measure",
    )
    for unit, code, part, sex, num, den, value, measure in rows.iterator(chunk_size=5000):
        acc = report_acc(Figure(num, den, value), code, measure)
        cell = _cell(cells, (unit, code, part, period_code, sex))
        cell.own = cell.own + acc
    # Bottom-up: deepest units first, each adding its effective figure to the unit above it.
    by_depth: dict[int, list[Key]] = defaultdict(list)
    for key in cells:
        by_depth[len(tree.chain(key[0]))].append(key)
    for depth in range(max(by_depth, default=0), 1, -1):
        for key in by_depth[depth]:
            parent_key = (tree.chain(key[0])[1], *key[1:])
            if parent_key not in cells:
                by_depth[depth - 1].append(parent_key)
            parent = _cell(cells, parent_key)
            parent.below = parent.below + cells[key].effective()
    rollups = [_store(c) for c in cells.values() if not (c.own.is_zero and c.below.is_zero)]
    Rollup.objects.bulk_create(rollups, batch_size=1000)
    return len(rollups)


def _cell(cells: dict[Key, Cell], key: Key) -> Cell:
    cell = cells.get(key)
    if cell is None:
        cell = cells[key] = Cell(_new_row(key))
    return cell
