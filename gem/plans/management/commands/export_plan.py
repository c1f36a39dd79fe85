import json

from django.core.management.base import BaseCommand, CommandError

from gem.plans.models import Plan
from gem.plans.selectors import plan_export


class Command(BaseCommand):
    help = "Print a plan as gem.plan/1 JSON."

    def add_arguments(self, parser):
        parser.add_argument("plan_id", type=int)

    def handle(self, *args, plan_id, **options):
        plan = Plan.objects.filter(pk=plan_id, is_deleted=False).first()
        if plan is None:
            raise CommandError(f"no plan {plan_id}", returncode=2)
        self.stdout.write(json.dumps(plan_export(plan), ensure_ascii=False, indent=1))
