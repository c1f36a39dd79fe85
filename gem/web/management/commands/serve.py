import os

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve GEM on 127.0.0.1:$PORT (default 8000). For production use gunicorn (docs/)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", default=os.environ.get("PORT", "8000"))

    def handle(self, *args, host, port, **options):
        call_command("runserver", f"{host}:{port}", use_reloader=False, use_threading=True)
