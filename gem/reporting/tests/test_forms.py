"""Which forms a user sees and what a form holds: rows, inputs, sexes, flags, history."""

from datetime import date
from decimal import Decimal as D

import pytest

from gem.core.errors import NotFound
from gem.reporting.models import ReportingPeriod
from gem.reporting.selectors import (
    form_get_for_user,
    forms_for_user,
    periods_for_user,
    status_board,
    value_history,
)
from gem.reporting.services import (
    ValueEntry,
    submission_open,
    submission_return,
    submission_submit,
    values_save,
)

pytest_plugins = ["gem.reporting.tests.fixtures"]


def rows_by_key(form):
    return {(r.indicator.code, r.part.number): r for r in form.rows}


def test_a_reporter_lists_the_forms_of_its_agency(syt, syt_reporter, period):
    refs = forms_for_user(user=syt_reporter)
    assert {r.agency for r in refs} == {syt}
    assert len(refs) == 11 and refs[0].period.code == "2026S1"
    assert refs[0].status == "not_started" and refs[0].submission is None
    assert [r.period.code for r in forms_for_user(user=syt_reporter, period_code="2027")] == [
        "2027"
    ]


def test_a_form_has_lead_rows_to_edit_and_support_rows_to_read(syt, syt_reporter, period):
    form = form_get_for_user(user=syt_reporter, period_id=period.pk, agency_id=syt.pk)
    rows = rows_by_key(form)
    assert set(rows) == {("3.2", 0), ("3.2", 1), ("4.1", 0), ("4.2", 0)}
    assert rows[("4.1", 0)].role == "lead" and rows[("4.1", 0)].is_editable
    assert rows[("4.1", 0)].inputs == ("numerator", "denominator")
    assert rows[("4.1", 0)].sexes == [""]
    assert rows[("3.2", 0)].role == "support" and not rows[("3.2", 0)].is_editable
    assert rows[("3.2", 0)].sexes == ["female", "male", ""]
    assert [o.code for o in form.objectives] == ["3", "4"]
    assert form.can_edit and not form.can_review and form.status == "not_started"
    assert form.version == 1  # what the form will have once opened: a first save is not stale


def test_value_and_bool_parts_take_one_input(rplan, period, admin_user):
    from gem.orgs.models import Agency

    stats = Agency.objects.get(org_unit=rplan.org_unit, name="Thống kê tỉnh")
    edu = Agency.objects.get(org_unit=rplan.org_unit, name="Sở Giáo dục và Đào tạo")
    f1 = form_get_for_user(user=admin_user, period_id=period.pk, agency_id=stats.pk)
    f2 = form_get_for_user(user=admin_user, period_id=period.pk, agency_id=edu.pk)
    assert f1.rows[0].inputs == ("value",) and f2.rows[0].inputs == ("bool",)


def test_support_rows_show_the_lead_agencys_figures(snv_form, snv_reporter, syt, syt_reporter):
    values_save(
        submission=snv_form,
        entries=[
            ValueEntry("3.2", 0, "female", numerator=D(45), denominator=D(50)),
            ValueEntry("3.2", 0, "male", numerator=D(5), denominator=D(10)),
        ],
        actor=snv_reporter,
    )
    form = form_get_for_user(user=syt_reporter, period_id=snv_form.period_id, agency_id=syt.pk)
    row = rows_by_key(form)[("3.2", 0)]
    assert row.values["female"].numerator == 45
    assert row.computed[""] == D(50) / D(60) * 100


def test_other_units_and_other_agencies_forms_are_not_found(
    syt, snv, period, outsider, syt_reporter
):
    with pytest.raises(NotFound):
        form_get_for_user(user=outsider, period_id=period.pk, agency_id=syt.pk)
    with pytest.raises(NotFound):
        form_get_for_user(user=syt_reporter, period_id=period.pk, agency_id=snv.pk)


def test_the_form_shows_previous_figures_and_warnings(snv, snv_form, snv_reporter, annual):
    values_save(
        submission=snv_form,
        entries=[ValueEntry("1.1", 0, numerator=D(45), denominator=D(50))],
        actor=snv_reporter,
    )
    later = submission_open(period=annual, agency=snv, actor=snv_reporter)
    values_save(
        submission=later,
        entries=[ValueEntry("1.1", 0, numerator=D(10), denominator=D(50))],
        actor=snv_reporter,
    )
    form = form_get_for_user(user=snv_reporter, period_id=annual.pk, agency_id=snv.pk)
    row = rows_by_key(form)[("1.1", 0)]
    assert row.previous[""].numerator == 45
    assert row.warnings[0]["rule"] == "jump" and not row.warnings[0]["acknowledged"]


def test_flags_follow_the_workflow(syt, syt_form, syt_reporter, consolidator, period):
    values_save(
        submission=syt_form,
        entries=[ValueEntry("4.1", 0, numerator=D(5400), denominator=D(4950))],
        actor=syt_reporter,
    )
    submission_submit(submission=syt_form, actor=syt_reporter)
    mine = form_get_for_user(user=syt_reporter, period_id=period.pk, agency_id=syt.pk)
    assert not mine.can_edit and not mine.can_submit and mine.lock_reason
    theirs = form_get_for_user(user=consolidator, period_id=period.pk, agency_id=syt.pk)
    assert theirs.can_review and theirs.can_reopen and not theirs.can_edit


def test_the_history_lists_who_changed_what(syt_form, syt_reporter):
    for num in (D(5400), D(5410)):
        values_save(
            submission=syt_form,
            entries=[ValueEntry("4.1", 0, numerator=num, denominator=D(4950))],
            actor=syt_reporter,
        )
    history = value_history(submission=syt_form)
    assert [(h["old"], h["new"]) for h in history] == [
        ("5.400/4.950", "5.410/4.950"),
        ("", "5.400/4.950"),
    ]
    assert history[0]["actor"] == syt_reporter and history[0]["label"] == "4.1"


def test_the_board_shows_status_lateness_and_return_reason(
    rplan, syt, syt_form, syt_reporter, consolidator
):
    values_save(
        submission=syt_form,
        entries=[ValueEntry("4.1", 0, numerator=D(5400), denominator=D(4950))],
        actor=syt_reporter,
    )
    submission_submit(submission=syt_form, actor=syt_reporter)
    submission_return(submission=syt_form, reason="Kiểm tra mẫu số", actor=consolidator)
    rows = status_board(
        user=consolidator, period_code="2026S1", plan=rplan, today=date(2026, 6, 20)
    )
    assert len(rows) == 5
    by_agency = {r.agency.name: r for r in rows}
    assert by_agency["Sở Y tế"].status == "returned"
    assert by_agency["Sở Y tế"].return_reason == "Kiểm tra mẫu số"
    assert by_agency["Sở Nội vụ"].status == "not_started" and by_agency["Sở Nội vụ"].is_late
    early = status_board(user=consolidator, period_code="2026S1", today=date(2026, 6, 1))
    assert not any(r.is_late for r in early)


def test_the_board_is_limited_to_the_users_scope(rplan, outsider, syt_reporter):
    assert status_board(user=outsider, period_code="2026S1") == []
    assert {r.agency.name for r in status_board(user=syt_reporter, period_code="2026S1")} == {
        "Sở Y tế"
    }


def test_current_periods_come_first(rplan, consolidator):
    periods = periods_for_user(user=consolidator, plan=rplan, today=date(2026, 11, 23))
    assert periods[0].code == "2026"
    assert all(isinstance(p, ReportingPeriod) for p in periods)
