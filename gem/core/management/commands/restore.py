from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

from gem.core import audit
from gem.core.backup import restore
from gem.core.errors import GemError


class Command(BaseCommand):
    help = (
        "Replace the whole database by the backup in FILE, all or nothing. An empty database "
        "is migrated first."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--noinput", "--no-input", action="store_false", dest="interactive", default=True
        )

    def handle(self, *args, file, interactive, **options):
        if not MigrationRecorder(connection).has_table():
            call_command("migrate", verbosity=0, interactive=False)
        elif interactive:
            answer = input("Every row in the database will be replaced by the backup. Type yes: ")
            if answer.strip().lower() != "yes":
                raise CommandError("restore cancelled")
        try:
            count = restore(file)
        except (GemError, OSError, EOFError) as exc:
            raise CommandError(str(exc)) from None
        audit.record(actor=None, action="backup.restore", extra={"file": file, "rows": count})
        self.stdout.write(f"{count} rows restored from {file}")
