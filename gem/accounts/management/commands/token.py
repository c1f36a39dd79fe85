from django.core.management.base import BaseCommand, CommandError

from gem.accounts.models import User
from gem.accounts.services import token_create


class Command(BaseCommand):
    help = "Print a new API bearer token for USERNAME."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="cli")

    def handle(self, *args, username, name, **options):
        user = User.objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"no active user {username!r}")
        _token, raw = token_create(user=user, name=name)
        self.stdout.write(raw)
