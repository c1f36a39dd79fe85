"""The analytics demo: figures for the demo province through the reporting services."""

from gem.analytics.demo import PERIODS, analytics_demo_load
from gem.analytics.models import Rollup
from gem.analytics.selectors import progress_get
from gem.analytics.services import rollup_rebuild
from gem.analytics.tests.test_rollup import snapshot
from gem.plans.models import Plan


def test_it_fills_the_demo_periods_and_reruns_without_change(demo):
    result = analytics_demo_load()
    assert result["forms"] > 12 * len(PERIODS)
    plan = Plan.objects.get(pk=demo["plan"])
    before = snapshot()
    assert set(Rollup.objects.filter(org_unit=plan.org_unit).values_list("period_code", flat=True))
    assert analytics_demo_load()["forms"] < result["forms"]  # submitted forms are left alone
    rollup_rebuild()
    assert snapshot() == before
    answer = progress_get(plan=plan, org_unit=plan.org_unit, period_code="2026")
    values = [p["value"] for i in answer["indicators"] for p in i["parts"]]
    assert sum(v is not None for v in values) >= len(values) - 2
    assert answer["completeness"]["submitted"] > 0
