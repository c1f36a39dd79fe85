import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from gem.core.errors import GemError
from gem.orgs.selectors import orgunit_get_by_code
from gem.plans.models import Plan
from gem.plans.services import plan_import


def read_plan_file(path: Path) -> dict:
    """A gem.plan/1 dict from a .json file, or extracted from a plan document."""
    if not path.is_file():
        raise GemError(f"{path}: no such file")
    if path.stat().st_size > settings.GEM_MAX_UPLOAD_BYTES:
        raise GemError(f"{path}: file is larger than {settings.GEM_MAX_UPLOAD_BYTES} bytes")
    if path.suffix.lower() == ".json":
        try:
            return json.loads(path.read_bytes().decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise GemError(f"{path}: not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise GemError(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    from gem.ingest.extract import extract_path

    return extract_path(path).with_optional()


class Command(BaseCommand):
    help = "Import a plan (gem.plan/1 .json, or a .docx/.pdf/.txt/.md document) for an org unit."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--unit", required=True, help="official code of the org unit")
        parser.add_argument("--parent", type=int, help="id of the parent plan")
        parser.add_argument("--draft", action="store_true", help="import as a draft")

    def handle(self, *args, file, unit, parent, draft, **options):
        try:
            data = read_plan_file(file)
            org_unit = orgunit_get_by_code(unit)
            parent_plan = None
            if parent is not None:
                parent_plan = Plan.objects.filter(pk=parent, is_deleted=False).first()
                if parent_plan is None:
                    raise GemError(f"no plan {parent}", field="--parent")
            status = Plan.Status.DRAFT if draft else Plan.Status.ACTIVE
            plan = plan_import(data=data, org_unit=org_unit, parent=parent_plan, status=status)
        except GemError as exc:
            raise CommandError(str(exc), returncode=2) from None
        self.stdout.write(str(plan.pk))
