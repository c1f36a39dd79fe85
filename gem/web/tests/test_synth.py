"""`python -m gem synth` at a reduced scale: plans, agencies, periods, forms and figures."""

import io
import json
from collections import Counter

import pytest
from django.core.management import CommandError, call_command
from django.db.models import F

from gem.orgs.models import Agency
from gem.plans.models import Plan
from gem.reporting.models import DataValue, ReportingPeriod, Submission
from gem.web.synth_plans import PROVINCE_AGENCIES, synthetic_plans

ARGS = ["--provinces", "2", "--communes", "20", "--years", "2", "--today", "2026-11-23"]


def run_synth(*extra) -> dict:
    out, err = io.StringIO(), io.StringIO()
    call_command("synth", *ARGS, *extra, stdout=out, stderr=err)
    return json.loads(out.getvalue()), err.getvalue()


@pytest.fixture
def synth(db):
    return run_synth()


def test_it_imports_plans_agencies_and_periods_for_every_unit(synth):
    summary, progress = synth
    plans = synthetic_plans()
    assert summary["plans"] == plans.count() == 22
    assert plans.filter(level="province").count() == 2
    communes = plans.filter(level="commune")
    assert communes.count() == 20
    assert not communes.exclude(parent__level="province").exists()
    assert all(c.org_unit.parent_id == c.parent.org_unit_id for c in communes)
    assert "forms" in progress and "\r" in progress
    for plan in synthetic_plans().filter(level="province"):
        agencies = Agency.objects.filter(org_unit=plan.org_unit)
        assert agencies.count() == len(PROVINCE_AGENCIES)
        assert plan.assignments.filter(agency__in=agencies).count() >= len(PROVINCE_AGENCIES)
    for plan in synthetic_plans():
        codes = sorted(ReportingPeriod.objects.filter(plan=plan).values_list("code", flat=True))
        assert codes == ["2025", "2025S1", "2026", "2026S1"]


def test_it_writes_values_with_the_denormalised_fields_right(synth):
    summary, _ = synth
    values = DataValue.objects.filter(period__plan__in=synthetic_plans())
    assert values.count() == summary["values"] > 1000
    assert not values.exclude(org_unit=F("submission__org_unit")).exists()
    assert not values.exclude(period=F("submission__period")).exists()
    assert not values.exclude(period_code=F("period__code")).exists()
    assert not values.exclude(indicator_code=F("part__indicator__code")).exists()
    assert not values.exclude(part_number=F("part__number")).exists()


def test_it_writes_plausible_figures_with_totals_the_sum_of_the_sexes(synth):
    shares = DataValue.objects.filter(part__unit="%", numerator__isnull=False)
    assert shares.exists()
    assert not shares.filter(numerator__gt=F("denominator")).exists()
    births = DataValue.objects.filter(part__unit="boys_per_100_girls")
    assert births.filter(numerator__gt=F("denominator")).exists()  # more boys than girls
    rows = DataValue.objects.filter(part__is_by_sex=True).values_list(
        "submission_id", "part_id", "sex", "numerator", "denominator"
    )
    sums, totals = Counter(), {}
    for sub, part, sex, num, den in rows:
        if sex:
            sums[(sub, part, "n")] += num
            sums[(sub, part, "d")] += den
        else:
            totals[(sub, part)] = (num, den)
    assert totals
    for (sub, part), (num, den) in totals.items():
        assert (sums[(sub, part, "n")], sums[(sub, part, "d")]) == (num, den)


def test_it_leaves_some_forms_late_or_missing_most_approved_and_refuses_a_rerun(synth):
    forms = Submission.objects.filter(period__plan__in=synthetic_plans())
    statuses = Counter(forms.values_list("status", flat=True))
    assert statuses["approved"] > sum(statuses.values()) / 2
    assert statuses["draft"] and statuses["submitted"]
    late = forms.filter(submitted_at__date__gt=F("period__units_due_on"))
    assert late.exists()
    expected = sum(
        p.periods.count() * p.assignments.filter(role="lead").values("agency").distinct().count()
        for p in synthetic_plans()
    )
    assert forms.count() < expected  # some forms missing
    with pytest.raises(CommandError, match="already"):
        run_synth()
    assert Plan.objects.filter(level="province", is_demo=True).count() == 2
