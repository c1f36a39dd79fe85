from django.core.management.base import BaseCommand, CommandError

from gem.core import audit
from gem.core.backup import backup


class Command(BaseCommand):
    help = "Write the whole database to FILE (gzip JSON lines), portable between databases."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        try:
            count = backup(file)
        except OSError as exc:
            raise CommandError(str(exc)) from None
        audit.record(actor=None, action="backup.create", extra={"file": file, "rows": count})
        self.stdout.write(f"{count} rows written to {file}")
