"""The demo's periods and forms: generated once, found by the demo's reporters."""

from datetime import date

from gem.accounts.models import User
from gem.reporting.demo import reporting_demo_load
from gem.reporting.models import ReportingPeriod, Submission
from gem.reporting.selectors import forms_for_user, status_board


def test_it_loads_periods_and_forms_for_the_demo_once(demo):
    first = reporting_demo_load(today=date(2026, 11, 23))
    assert first["plans"] == 13
    counts = (ReportingPeriod.objects.count(), Submission.objects.count())
    assert reporting_demo_load(today=date(2026, 11, 23)) == first
    assert (ReportingPeriod.objects.count(), Submission.objects.count()) == counts
    assert ReportingPeriod.objects.filter(code="2026S1").count() == 13


def test_the_demo_reporters_find_their_open_forms(demo):
    reporting_demo_load(today=date(2026, 11, 23))
    xa01 = User.objects.get(username="xa01")
    refs = forms_for_user(user=xa01, period_code="2026")
    assert len(refs) == 1 and refs[0].submission is not None
    assert refs[0].org_unit.level == "commune" and refs[0].status == "draft"
    snv = User.objects.get(username="snv")
    board = status_board(user=snv, period_code="2026S1")
    assert len(board) == 7 + 12  # the province's agencies and one office per commune
