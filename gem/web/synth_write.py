"""Synthetic data set, part 3: writing many rows fast, and a progress bar.

Synthetic figures bypass the per-value services (one row at a time would take hours at
national scale); the denormalised DataValue fields are filled here exactly as the services
fill them, and the rollups are rebuilt afterwards. PostgreSQL gets COPY, others executemany.
"""

import sys
import time
from collections.abc import Iterable, Sequence
from datetime import datetime

from django.db import connection

from gem.reporting.models import DataValue, Submission

VALUE_FIELDS = (
    "created_at",
    "updated_at",
    "submission",
    "period",
    "org_unit",
    "part",
    "indicator_code",
    "part_number",
    "period_code",
    "sex",
    "numerator",
    "denominator",
    "value",
    "comment",
)
BATCH = 5000


class Progress:
    """A plain-text progress bar on stderr ("\\r" redrawn, at most 5 times a second)."""

    def __init__(self, label: str, total: int, stream=None, enabled: bool = True):
        self.label, self.total, self.done = label, max(total, 1), 0
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.started = self._last = time.monotonic()

    def advance(self, n: int = 1, note: str = "") -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and now - self._last > 0.2:
            self._last = now
            self._draw(note)

    def _draw(self, note: str = "") -> None:
        share = min(self.done / self.total, 1.0)
        bar = "#" * int(share * 30)
        elapsed = time.monotonic() - self.started
        self.stream.write(
            f"\r{self.label:<8} [{bar:<30}] {self.done}/{self.total} {elapsed:6.1f}s {note:<30.30}"
        )
        self.stream.flush()

    def close(self) -> float:
        elapsed = time.monotonic() - self.started
        if self.enabled:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
        return elapsed


def submissions_insert(rows: Sequence[Submission]) -> list[Submission]:
    """Insert the forms; their primary keys are set on return (PostgreSQL and SQLite)."""
    return Submission.objects.bulk_create(rows, batch_size=BATCH)


def _columns() -> list[str]:
    return [DataValue._meta.get_field(name).column for name in VALUE_FIELDS]


def values_insert(rows: Iterable[tuple]) -> int:
    """Insert DataValue rows given as tuples in VALUE_FIELDS order; returns how many."""
    if connection.vendor == "postgresql":
        return _copy(rows)
    return _executemany(rows)


def _copy(rows: Iterable[tuple]) -> int:
    table = connection.ops.quote_name(DataValue._meta.db_table)
    sql = f"COPY {table} ({', '.join(_columns())}) FROM STDIN"
    count = 0
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def _executemany(rows: Iterable[tuple]) -> int:
    table = connection.ops.quote_name(DataValue._meta.db_table)
    columns = _columns()
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"  # noqa: S608 - table and columns come from the model, values are parameters
    count, batch = 0, []
    with connection.cursor() as cursor:
        for row in rows:
            batch.append(_adapt(row))
            if len(batch) >= BATCH:
                cursor.executemany(sql, batch)
                count, batch = count + len(batch), []
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
    return count


def _adapt(row: tuple) -> tuple:
    created, updated, *rest = row
    return (_db_datetime(created), _db_datetime(updated), *rest)


def _db_datetime(value: datetime) -> str:
    return connection.ops.adapt_datetimefield_value(value)


def analyze() -> None:
    """Fresh planner statistics after a bulk load (PostgreSQL)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
