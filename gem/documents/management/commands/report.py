"""Write a report: python -m gem report --plan ID --unit CODE --period 2026S1 --kind semiannual
--format docx|xlsx -o FILE [--agency ID] [--issuer committee|consolidator] [--date YYYY-MM-DD]"""

from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from gem.core.errors import GemError
from gem.documents.data import ISSUERS, KINDS
from gem.documents.services import FORMATS, report_export
from gem.orgs.models import Agency
from gem.orgs.selectors import orgunit_get_by_code
from gem.plans.models import Plan


class Command(BaseCommand):
    help = "Write an official report (.docx) or its annex (.xlsx) for a plan, unit and period."

    def add_arguments(self, parser):
        parser.add_argument("--plan", type=int, required=True, help="plan id")
        parser.add_argument("--unit", required=True, help="org unit code, e.g. 38")
        parser.add_argument("--period", required=True, help="period code, e.g. 2026S1")
        parser.add_argument("--kind", required=True, choices=KINDS)
        parser.add_argument("--format", dest="fmt", required=True, choices=sorted(FORMATS))
        parser.add_argument("-o", "--output", required=True, help="file to write")
        parser.add_argument("--agency", type=int, help="agency id: that agency's own report")
        parser.add_argument("--issuer", choices=ISSUERS, default="committee")
        parser.add_argument("--date", help="date of issue, YYYY-MM-DD (default: today)")

    def handle(self, *args, **o):
        try:
            issued_on = date.fromisoformat(o["date"]) if o["date"] else None
        except ValueError:
            raise CommandError(f"not a date (YYYY-MM-DD): {o['date']}", returncode=2) from None
        plan = Plan.objects.filter(pk=o["plan"], is_deleted=False).first()
        if plan is None:
            raise CommandError(f"no plan with id {o['plan']}", returncode=2)
        try:
            unit = orgunit_get_by_code(o["unit"])
            agency = None
            if o["agency"] is not None:
                agency = Agency.objects.filter(pk=o["agency"], org_unit=unit).first()
                if agency is None:
                    raise CommandError(f"no agency {o['agency']} in {unit.code}", returncode=2)
            export = report_export(
                plan=plan,
                org_unit=unit,
                period_code=o["period"],
                kind=o["kind"],
                fmt=o["fmt"],
                user=None,
                agency=agency,
                issuer=o["issuer"],
                issued_on=issued_on,
            )
        except GemError as exc:
            raise CommandError(str(exc).replace("\n", " "), returncode=2) from None
        try:
            Path(o["output"]).write_bytes(export.content)
        except OSError as exc:
            raise CommandError(
                f"cannot write {o['output']}: {exc.strerror}", returncode=2
            ) from None
        self.stdout.write(f"{o['output']} ({len(export.content)} bytes)")
