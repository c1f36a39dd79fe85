"""The audit log: every service records what it changed, who changed it and when."""

from decimal import Decimal
from typing import Any

from django.db import models

from gem.core.models import AuditEvent


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def _event(
    *,
    actor: Any,
    action: str,
    obj: models.Model | None = None,
    before: dict | None = None,
    after: dict | None = None,
    ip: str | None = None,
    extra: dict | None = None,
) -> AuditEvent:
    user = actor if getattr(actor, "is_authenticated", False) else None
    event = AuditEvent(
        actor=user,
        action=action,
        before=_jsonable(before) if before is not None else None,
        after=_jsonable(after) if after is not None else None,
        ip=ip,
        extra=_jsonable(extra) if extra is not None else None,
    )
    if obj is not None:
        event.object_type = obj._meta.label_lower
        event.object_id = str(obj.pk)
        event.object_repr = str(obj)[:255]
    return event


def record(
    *,
    actor: Any,
    action: str,
    obj: models.Model | None = None,
    before: dict | None = None,
    after: dict | None = None,
    ip: str | None = None,
    extra: dict | None = None,
) -> AuditEvent:
    event = _event(
        actor=actor, action=action, obj=obj, before=before, after=after, ip=ip, extra=extra
    )
    event.save()
    return event


def record_many(
    *, actor: Any, action: str, items: list[dict], ip: str | None = None
) -> list[AuditEvent]:
    """Events of one action in one INSERT, in the order given: the rows `record` would write.

    Each item holds `record`'s other arguments: obj, before, after, extra.
    """
    events = [_event(actor=actor, action=action, ip=ip, **item) for item in items]
    return AuditEvent.objects.bulk_create(events) if events else []


def events_for(obj: models.Model):
    return AuditEvent.objects.filter(
        object_type=obj._meta.label_lower, object_id=str(obj.pk)
    ).select_related("actor")
