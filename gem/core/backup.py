"""Backup and restore of the whole database, portable between SQLite and PostgreSQL.

A backup is a gzip file of JSON lines: a header line ({"format": "gem.backup/1", the applied
migrations, the time}), then one line per row of every model (Django's jsonl serializer,
natural keys for content types and permissions, primary keys kept, so ids and answers stay
the same). Restore checks the header against the database's migrations, then in ONE
transaction empties every table and loads the rows; a bad line anywhere leaves the database
as it was.
"""

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from gem.core.errors import ValidationError

FORMAT = "gem.backup/1"
# Rebuilt by `migrate` from the code; other rows refer to them by natural key.
SKIPPED = {"contenttypes.contenttype", "auth.permission", "sessions.session"}


def _models() -> list:
    chosen = [
        m
        for m in apps.get_models()
        if m._meta.label_lower not in SKIPPED and m._meta.managed and not m._meta.proxy
    ]
    app_list = {}
    for model in chosen:
        app_list.setdefault(model._meta.app_config, []).append(model)
    return serializers.sort_dependencies(app_list.items(), allow_cycles=True)


def _applied(using: str) -> list[list[str]]:
    recorder = MigrationRecorder(connections[using])
    return sorted([app, name] for app, name in recorder.applied_migrations())


def _rows(models, using: str) -> Iterator:
    for model in models:
        yield from (
            model._base_manager.using(using).order_by(model._meta.pk.name).iterator(chunk_size=2000)
        )


def backup(path: str | Path, *, using: str = DEFAULT_DB_ALIAS) -> int:
    """Write the backup file; return the number of rows written."""
    models = _models()
    header = {"format": FORMAT, "created_at": timezone.now().isoformat()}
    header["migrations"] = _applied(using)
    counter = [0]

    def counted():
        for obj in _rows(models, using):
            counter[0] += 1
            yield obj

    # One transaction: a consistent snapshot (REPEATABLE READ is not needed for a dump that
    # PostgreSQL reads in one statement per table; the transaction keeps them together).
    with transaction.atomic(using=using), gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(json.dumps(header) + "\n")
        serializers.get_serializer("jsonl")().serialize(
            counted(), stream=out, use_natural_foreign_keys=True, use_natural_primary_keys=False
        )
    return counter[0]


def _read_header(stream) -> dict:
    try:
        header = json.loads(stream.readline())
    except (json.JSONDecodeError, UnicodeDecodeError, OSError, EOFError) as exc:
        raise ValidationError(f"not a GEM backup: {exc}") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ValidationError("not a GEM backup (format gem.backup/1 expected)")
    return header


def restore(path: str | Path, *, using: str = DEFAULT_DB_ALIAS) -> int:
    """Replace every row of the database by the backup's, all or nothing."""
    connection = connections[using]
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        header = _read_header(stream)
        if header.get("migrations") != _applied(using):
            raise ValidationError(
                "the backup was made with other migrations than this database has; "
                "restore it with the GEM version that made it (then upgrade and migrate)"
            )
        models = _models()
        try:
            with transaction.atomic(using=using):
                _empty(models, connection)
                count = _load(stream, using)
                _reset_sequences(models, connection)
                if connection.vendor == "sqlite":
                    connection.check_constraints()
        except (DatabaseError, DeserializationError, ValueError, LookupError, OSError) as exc:
            raise ValidationError(f"restore failed, nothing was changed: {exc}") from None
    return count


def _empty(models, connection) -> None:
    tables = ["django_session"]  # everyone signs in again after a restore
    for model in reversed(models):
        tables += [f.remote_field.through._meta.db_table for f in model._meta.local_many_to_many]
        tables.append(model._meta.db_table)
    # DELETE rather than TRUNCATE: foreign keys are checked at commit (Django creates them
    # DEFERRABLE INITIALLY DEFERRED on both databases), so the order does not matter.
    with connection.cursor() as cursor:
        for table in dict.fromkeys(tables):
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")  # noqa: S608


def _load(stream, using: str) -> int:
    count, deferred = 0, []
    for obj in serializers.deserialize(
        "jsonl", stream, using=using, handle_forward_references=True
    ):
        obj.save(using=using)
        if obj.deferred_fields:
            deferred.append(obj)
        count += 1
    for obj in deferred:
        obj.save_deferred_fields(using=using)
    return count


def _reset_sequences(models, connection) -> None:
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)
