"""Saving figures through values_save: validation, all-or-nothing, versions, audit, hooks."""

from decimal import Decimal as D

import pytest

from gem.core.errors import Conflict, PermissionDenied
from gem.core.models import AuditEvent
from gem.reporting import hooks
from gem.reporting.models import DataValue, Submission
from gem.reporting.services import (
    ValueEntry,
    period_close,
    submission_open,
    submission_submit,
    values_save,
)

pytest_plugins = ["gem.reporting.tests.fixtures"]


def E(indicator, part=0, sex="", **figures):
    return ValueEntry(indicator=indicator, part=part, sex=sex, **figures)


@pytest.fixture
def heard():
    seen = []

    def listener(changes):
        seen.extend(changes)

    hooks.listen(listener)
    yield seen
    hooks._listeners.remove(listener)


def stored(form):
    return {
        (dv.indicator_code, dv.part_number, dv.sex): (dv.numerator, dv.denominator, dv.value)
        for dv in DataValue.objects.filter(submission=form)
    }


def test_it_stores_unequal_denominators_and_denormalises_keys(syt_form, syt_reporter, heard):
    summary = values_save(
        submission=syt_form,
        entries=[
            E("4.1", numerator=D(5400), denominator=D(4950)),
            E("4.2", numerator=D(21), denominator=D(50000)),
        ],
        actor=syt_reporter,
        expected_version=1,
    )
    assert (summary.imported, summary.updated, summary.ignored) == (2, 0, 0)
    assert summary.status == "OK" and summary.version == 2
    dv = DataValue.objects.get(submission=syt_form, indicator_code="4.1")
    assert (dv.numerator, dv.denominator) == (D(5400), D(4950))
    assert (dv.part_number, dv.period_code, dv.org_unit_id) == (0, "2026S1", syt_form.org_unit_id)
    assert dv.period_id == syt_form.period_id and dv.updated_by == syt_reporter
    assert {(c.indicator_code, c.before, c.after.numerator) for c in heard} == {
        ("4.1", None, D(5400)),
        ("4.2", None, D(21)),
    }


def test_it_derives_the_total_from_female_and_male(snv_form, snv_reporter):
    values_save(
        submission=snv_form,
        entries=[
            E("3.2", sex="female", numerator=D(45), denominator=D(50)),
            E("3.2", sex="male", numerator=D(5), denominator=D(8)),
        ],
        actor=snv_reporter,
    )
    assert stored(snv_form)[("3.2", 0, "")] == (D(50), D(58), None)


def test_it_refuses_a_total_that_is_not_female_plus_male(snv_form, snv_reporter):
    summary = values_save(
        submission=snv_form,
        entries=[
            E("3.2", sex="female", numerator=D(45), denominator=D(50)),
            E("3.2", sex="male", numerator=D(5), denominator=D(8)),
            E("3.2", sex="", numerator=D(50), denominator=D(60)),
        ],
        actor=snv_reporter,
    )
    assert summary.status == "ERROR"
    assert [(e["indicator"], e["sex"], e["field"]) for e in summary.errors] == [
        ("3.2", "", "denominator")
    ]
    assert "58" in summary.errors[0]["message"]
    assert stored(snv_form) == {}


def test_one_bad_figure_stores_nothing_of_the_batch(snv_form, snv_reporter):
    summary = values_save(
        submission=snv_form,
        entries=[
            E("1.1", numerator=D(30), denominator=D(40)),
            E("3.2", part=1, numerator=D(60), denominator=D(50)),
        ],
        actor=snv_reporter,
    )
    assert summary.errors[0]["field"] == "numerator"
    assert summary.errors[0]["message"] == "Tử số (60) không được lớn hơn mẫu số (50)."
    assert (summary.imported, summary.ignored) == (0, 2)
    assert stored(snv_form) == {}
    snv_form.refresh_from_db()
    assert snv_form.version == 1


def test_it_refuses_negative_figures(syt_form, syt_reporter):
    summary = values_save(
        submission=syt_form,
        entries=[E("4.2", numerator=D(-1), denominator=D(10))],
        actor=syt_reporter,
    )
    assert summary.errors[0]["message"] == "Không được nhập số âm."
    assert stored(syt_form) == {}


def test_a_stale_version_raises_conflict_and_changes_nothing(syt_form, syt_reporter):
    values_save(
        submission=syt_form,
        entries=[E("4.1", numerator=D(100), denominator=D(95))],
        actor=syt_reporter,
        expected_version=1,
    )
    other_tab = Submission.objects.get(pk=syt_form.pk)
    values_save(
        submission=other_tab,
        entries=[E("4.1", numerator=D(110), denominator=D(100))],
        actor=syt_reporter,
        expected_version=2,
    )
    with pytest.raises(Conflict) as exc:
        values_save(
            submission=syt_form,
            entries=[E("4.1", numerator=D(120), denominator=D(100))],
            actor=syt_reporter,
            expected_version=2,
        )
    assert exc.value.status == 409
    assert stored(syt_form)[("4.1", 0, "")][0] == D(110)


def test_saving_the_same_figures_again_changes_nothing(syt_form, syt_reporter):
    entries = [E("4.1", numerator=D(5400), denominator=D(4950))]
    values_save(submission=syt_form, entries=entries, actor=syt_reporter)
    events = AuditEvent.objects.filter(action="datavalue.change").count()
    again = values_save(submission=syt_form, entries=entries, actor=syt_reporter)
    assert (again.imported, again.updated, again.ignored) == (0, 0, 1)
    assert again.version == 2
    assert AuditEvent.objects.filter(action="datavalue.change").count() == events


def test_every_change_is_audited_with_before_and_after(syt_form, syt_reporter):
    values_save(
        submission=syt_form,
        entries=[E("4.1", numerator=D(100), denominator=D(95))],
        actor=syt_reporter,
    )
    values_save(
        submission=syt_form,
        entries=[E("4.1", numerator=D(104), denominator=D(95))],
        actor=syt_reporter,
    )
    event = AuditEvent.objects.filter(action="datavalue.change").order_by("-id").first()
    assert event.actor == syt_reporter
    assert D(event.before["numerator"]) == 100 and D(event.after["numerator"]) == 104
    assert event.extra["indicator"] == "4.1"


def test_a_dry_run_stores_nothing(syt_form, syt_reporter, heard):
    summary = values_save(
        submission=syt_form,
        entries=[E("4.1", numerator=D(100), denominator=D(95))],
        actor=syt_reporter,
        dry_run=True,
    )
    assert summary.dry_run and summary.imported == 1
    assert stored(syt_form) == {} and heard == []
    syt_form.refresh_from_db()
    assert syt_form.version == 1


def test_an_empty_entry_removes_the_row(syt_form, syt_reporter, heard):
    values_save(
        submission=syt_form,
        entries=[E("4.1", numerator=D(100), denominator=D(95))],
        actor=syt_reporter,
    )
    summary = values_save(submission=syt_form, entries=[E("4.1")], actor=syt_reporter)
    assert summary.deleted == 1 and stored(syt_form) == {}
    assert heard[-1].after is None and heard[-1].before.numerator == D(100)


def test_unassigned_and_support_indicators_are_conflicts(syt_form, syt_reporter):
    summary = values_save(
        submission=syt_form,
        entries=[
            E("4.1", numerator=D(100), denominator=D(95)),
            E("1.1", numerator=D(1), denominator=D(2)),
            E("3.2", sex="female", numerator=D(1), denominator=D(2)),
        ],
        actor=syt_reporter,
    )
    assert [c["indicator"] for c in summary.conflicts] == ["1.1", "3.2"]
    assert "không được giao" in summary.conflicts[0]["message"]
    assert stored(syt_form) == {}


def test_a_locked_form_and_a_closed_period_refuse_figures(
    syt_form, syt_reporter, consolidator, period
):
    values_save(
        submission=syt_form,
        entries=[E("4.1", numerator=D(100), denominator=D(95))],
        actor=syt_reporter,
    )
    submission_submit(submission=syt_form, actor=syt_reporter)
    summary = values_save(
        submission=syt_form,
        entries=[E("4.1", numerator=D(1), denominator=D(1))],
        actor=syt_reporter,
    )
    assert summary.conflicts and "khóa" in summary.conflicts[0]["message"]
    period_close(period=period, actor=consolidator)
    summary = values_save(
        submission=syt_form,
        entries=[E("4.1", numerator=D(1), denominator=D(1))],
        actor=consolidator,
    )
    assert "đã đóng" in summary.conflicts[0]["message"]
    assert stored(syt_form)[("4.1", 0, "")][0] == D(100)


def test_a_jump_is_a_warning_that_does_not_block_a_draft(
    rplan, snv, snv_form, snv_reporter, annual
):
    values_save(
        submission=snv_form,
        entries=[E("1.1", numerator=D(45), denominator=D(50))],
        actor=snv_reporter,
    )
    later = submission_open(period=annual, agency=snv, actor=snv_reporter)
    summary = values_save(
        submission=later,
        entries=[E("1.1", numerator=D(20), denominator=D(50))],
        actor=snv_reporter,
    )
    assert summary.status == "WARNING" and summary.imported == 1
    assert summary.warnings[0]["rule"] == "jump"
    assert summary.warnings[0]["acknowledged"] is False
    summary = values_save(
        submission=later,
        entries=[E("1.1", numerator=D(20), denominator=D(50), comment="Sáp nhập cơ quan")],
        actor=snv_reporter,
    )
    assert summary.warnings[0]["acknowledged"] is True and summary.updated == 1


def test_other_users_may_not_save(syt_form, snv_reporter, leader, outsider):
    for user in (snv_reporter, leader, outsider):
        with pytest.raises(PermissionDenied):
            values_save(
                submission=syt_form,
                entries=[E("4.1", numerator=D(1), denominator=D(1))],
                actor=user,
            )


def test_the_consolidator_may_enter_figures_for_an_agency(syt_form, consolidator):
    summary = values_save(
        submission=syt_form,
        entries=[E("4.1", numerator=D(100), denominator=D(95))],
        actor=consolidator,
    )
    assert summary.imported == 1
