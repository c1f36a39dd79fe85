"""`python -m gem extract PATH`: print the gem.plan/1 JSON of a plan document."""

import json
import pathlib
import sys

from django.core.management.base import BaseCommand

from gem.ingest.errors import fail
from gem.ingest.extract import ExtractError, extract_path

EXIT_ERROR = 2


class Command(BaseCommand):
    help = "Extract a plan (.docx, .pdf, .txt, .md) and print its gem.plan/1 JSON."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        parser.add_argument("path", help="the plan document")
        parser.add_argument(
            "--warnings", action="store_true", help="print items to review on stderr"
        )
        parser.add_argument(
            "--optional",
            action="store_true",
            help="include the optional keys 'note' and 'to' where the text gives them",
        )

    def handle(self, *args, **options):
        try:
            extraction = extract_path(pathlib.Path(options["path"]))
        except ExtractError as exc:
            self._fail(exc.message)
        except Exception as exc:  # noqa: BLE001 - one line, never a traceback
            self._fail(fail("unexpected", error=f"{type(exc).__name__}: {exc}").message)
        plan = extraction.with_optional() if options["optional"] else extraction.plan
        self.stdout.write(json.dumps(plan, ensure_ascii=False, indent=1))
        if options["warnings"]:
            for path, message in extraction.warnings:
                self.stderr.write(f"review {path}: {message}")

    def _fail(self, message: str):
        first_line = " ".join(str(message).split())
        self.stderr.write(f"error: {first_line}")
        sys.exit(EXIT_ERROR)
