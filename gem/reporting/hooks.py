"""Listeners told, inside the writing transaction, that figures changed.

Reporting may not import analytics (a higher layer), yet rollups must follow every change at
once. So analytics registers a listener here at start-up (AnalyticsConfig.ready) and the value
services call `values_changed(...)` with what changed, in the same transaction. One explicit,
typed call list; not a Django signal (see docs/adr/0002-rollup-listener.md).
"""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Figure:
    numerator: Decimal | None
    denominator: Decimal | None
    value: Decimal | None


@dataclass(frozen=True)
class ValueChange:
    """One DataValue written (before is None: created; after is None: removed)."""

    datavalue_id: int
    org_unit_id: int
    org_unit_path: str
    agency_id: int
    period_code: str
    indicator_code: str
    part_number: int
    part_id: int
    sex: str
    before: Figure | None
    after: Figure | None


Listener = Callable[[list[ValueChange]], None]
_listeners: list[Listener] = []


def listen(listener: Listener) -> None:
    if listener not in _listeners:
        _listeners.append(listener)


def values_changed(changes: list[ValueChange]) -> None:
    """Call inside the transaction that wrote the values."""
    if not changes:
        return
    for listener in _listeners:
        listener(changes)
