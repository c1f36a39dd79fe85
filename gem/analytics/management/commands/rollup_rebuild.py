from django.core.management.base import BaseCommand

from gem.analytics.services import rollup_rebuild


class Command(BaseCommand):
    help = "Recompute every rollup from the stored values (rerunnable, idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--period", help="only this period code, e.g. 2026S1")

    def handle(self, *args, period=None, **options):
        rows = rollup_rebuild(period_code=period)
        self.stdout.write(f"{rows} rollup rows")
