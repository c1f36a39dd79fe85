"""`python -m gem send-reminders [--today YYYY-MM-DD]`: e-mail today's deadline reminders.

Run daily (cron or a systemd timer); a rerun the same day sends nothing twice.
"""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from gem.reporting.services import reminders_send


class Command(BaseCommand):
    help = "E-mail agencies that have not submitted, N days before the deadline and the day after."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="the day to act as (YYYY-MM-DD); default today")

    def handle(self, *args, today=None, **options):
        day = None
        if today:
            try:
                day = date.fromisoformat(today)
            except ValueError:
                raise CommandError(f"--today must be YYYY-MM-DD, not {today!r}") from None
        sent = reminders_send(today=day)
        self.stdout.write(f"{sent} reminder(s) sent")
