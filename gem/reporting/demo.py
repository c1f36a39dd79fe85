"""Reporting part of the demo: periods for the demo plans and their agencies' forms.

Called by gem/web/demo.py after the plans are loaded. Rerunnable: nothing is created twice.
"""

from datetime import date

from django.db import transaction
from django.utils import timezone

from gem.plans.models import Plan
from gem.reporting import rules
from gem.reporting.models import ReportingPeriod
from gem.reporting.services import periods_generate, submission_open


@transaction.atomic
def reporting_demo_load(today: date | None = None) -> dict:
    """Generate the demo plans' periods and open a form for every assigned agency in the
    periods whose data window has begun. Returns counts."""
    today = today or timezone.localdate()
    plans = Plan.objects.filter(is_demo=True, is_deleted=False).select_related("org_unit")
    periods = forms = 0
    for plan in plans:
        periods += len(periods_generate(plan=plan, actor=None))
        agencies = rules.plan_agencies(plan)
        started = ReportingPeriod.objects.filter(
            plan=plan, status=ReportingPeriod.Status.OPEN, starts_on__lte=today
        )
        for period in started:
            for agency in agencies:
                submission_open(period=period, agency=agency, actor=None)
                forms += 1
    return {"plans": len(plans), "periods": periods, "forms": forms}
