"""Periods generated from a plan's duties; opening and closing them."""

from datetime import date

import pytest

from gem.core.errors import PermissionDenied, ValidationError
from gem.core.models import AuditEvent
from gem.reporting.models import ReportingPeriod
from gem.reporting.services import (
    period_close,
    period_open,
    periods_generate,
    plan_cutoff_set,
    submission_open,
)

pytest_plugins = ["gem.reporting.tests.fixtures"]


def test_it_generates_the_plans_periods_once(rplan, consolidator):
    codes = list(ReportingPeriod.objects.filter(plan=rplan).values_list("code", flat=True))
    assert codes[:3] == ["2026S1", "2026", "2027S1"]
    assert "2030F" in codes and len(codes) == 11
    events = AuditEvent.objects.filter(action__startswith="period.").count()
    again = periods_generate(plan=rplan, actor=consolidator)
    assert len(again) == 11
    assert ReportingPeriod.objects.filter(plan=rplan).count() == 11
    assert AuditEvent.objects.filter(action__startswith="period.").count() == events


def test_it_stores_windows_and_deadlines(period):
    assert (period.starts_on, period.ends_on) == (date(2025, 12, 15), date(2026, 6, 14))
    assert (period.units_due_on, period.consolidator_due_on) == (
        date(2026, 6, 10),
        date(2026, 6, 25),
    )


def test_a_configured_cutoff_moves_the_window_and_keeps_the_status(rplan, consolidator):
    annual = ReportingPeriod.objects.get(plan=rplan, code="2026")
    period_close(period=annual, actor=consolidator)
    plan_cutoff_set(
        plan=rplan, cutoff={"annual": {"from": "12-01", "to": "11-30"}}, actor=consolidator
    )
    periods_generate(plan=rplan, actor=consolidator)
    annual.refresh_from_db()
    assert (annual.starts_on, annual.ends_on) == (date(2025, 12, 1), date(2026, 11, 30))
    assert annual.status == ReportingPeriod.Status.CLOSED
    rplan.refresh_from_db()
    assert rplan.extra["reporting_cutoff"]["annual"]["to"] == "11-30"


def test_it_refuses_a_bad_cutoff(rplan, consolidator):
    with pytest.raises(ValidationError):
        plan_cutoff_set(plan=rplan, cutoff={"annual": {"to": "31-12"}}, actor=consolidator)


def test_only_the_consolidator_generates_or_closes_periods(rplan, period, syt_reporter):
    with pytest.raises(PermissionDenied):
        periods_generate(plan=rplan, actor=syt_reporter)
    with pytest.raises(PermissionDenied):
        period_close(period=period, actor=syt_reporter)


def test_closing_and_opening_a_period_is_audited(period, consolidator):
    period_close(period=period, actor=consolidator)
    period_open(period=period, actor=consolidator)
    actions = list(
        AuditEvent.objects.filter(object_id=str(period.pk), object_type="reporting.reportingperiod")
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions[-2:] == ["period.close", "period.open"]


def test_submission_open_is_get_or_create(period, syt, syt_reporter):
    first = submission_open(period=period, agency=syt, actor=syt_reporter)
    second = submission_open(period=period, agency=syt, actor=syt_reporter)
    assert first.pk == second.pk
    assert first.status == "draft" and first.org_unit == period.plan.org_unit


def test_a_reporter_cannot_open_another_agencys_form(period, snv, syt_reporter):
    with pytest.raises(PermissionDenied):
        submission_open(period=period, agency=snv, actor=syt_reporter)
