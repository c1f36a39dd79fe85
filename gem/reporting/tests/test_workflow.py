"""draft -> submitted -> returned | approved; reopen; all audited, version raised each time."""

from decimal import Decimal as D

import pytest

from gem.core.errors import Conflict, PermissionDenied, ValidationError, WorkflowError
from gem.core.models import AuditEvent
from gem.reporting.services import (
    ValueEntry,
    narrative_save,
    submission_approve,
    submission_open,
    submission_reopen,
    submission_return,
    submission_submit,
    values_save,
)

pytest_plugins = ["gem.reporting.tests.fixtures"]


def fill(form, user, num=D(5400), den=D(4950), **extra):
    return values_save(
        submission=form,
        entries=[ValueEntry(indicator="4.1", part=0, numerator=num, denominator=den, **extra)],
        actor=user,
    )


def test_the_full_journey_return_fix_resubmit_approve(syt_form, syt_reporter, consolidator):
    fill(syt_form, syt_reporter)
    submission_submit(submission=syt_form, actor=syt_reporter)
    syt_form.refresh_from_db()
    assert syt_form.status == "submitted" and syt_form.submitted_by == syt_reporter
    submission_return(submission=syt_form, reason="Thiếu số liệu quý II", actor=consolidator)
    syt_form.refresh_from_db()
    assert syt_form.status == "returned" and syt_form.return_reason == "Thiếu số liệu quý II"
    assert fill(syt_form, syt_reporter, num=D(5410)).updated == 1  # returned forms are editable
    submission_submit(submission=syt_form, actor=syt_reporter)
    submission_approve(submission=syt_form, actor=consolidator)
    syt_form.refresh_from_db()
    assert syt_form.status == "approved" and syt_form.reviewed_by == consolidator
    actions = list(
        AuditEvent.objects.filter(action__startswith="submission.", object_id=str(syt_form.pk))
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == [
        "submission.open",
        "submission.submit",
        "submission.return",
        "submission.submit",
        "submission.approve",
    ]


def test_returning_needs_a_reason(syt_form, syt_reporter, consolidator):
    fill(syt_form, syt_reporter)
    submission_submit(submission=syt_form, actor=syt_reporter)
    with pytest.raises(ValidationError) as exc:
        submission_return(submission=syt_form, reason="  ", actor=consolidator)
    assert exc.value.message == "Cần nêu lý do."
    syt_form.refresh_from_db()
    assert syt_form.status == "submitted"


def test_approved_figures_are_locked_until_reopened(syt_form, syt_reporter, consolidator):
    fill(syt_form, syt_reporter)
    submission_submit(submission=syt_form, actor=syt_reporter)
    submission_approve(submission=syt_form, actor=consolidator)
    assert fill(syt_form, syt_reporter, num=D(1)).conflicts
    assert fill(syt_form, consolidator, num=D(1)).conflicts
    with pytest.raises(WorkflowError):
        narrative_save(submission=syt_form, objective_code="4", text="x", actor=syt_reporter)
    with pytest.raises(ValidationError):
        submission_reopen(submission=syt_form, reason="", actor=consolidator)
    submission_reopen(submission=syt_form, reason="Sai số liệu sinh", actor=consolidator)
    event = AuditEvent.objects.filter(action="submission.reopen").get()
    assert event.actor == consolidator and event.after["reason"] == "Sai số liệu sinh"
    syt_form.refresh_from_db()
    assert syt_form.status == "draft"
    assert fill(syt_form, syt_reporter, num=D(5300)).updated == 1


def test_only_the_consolidator_reviews(syt_form, syt_reporter, leader):
    fill(syt_form, syt_reporter)
    submission_submit(submission=syt_form, actor=syt_reporter)
    for user in (syt_reporter, leader):
        with pytest.raises(PermissionDenied):
            submission_approve(submission=syt_form, actor=user)
        with pytest.raises(PermissionDenied):
            submission_reopen(submission=syt_form, reason="x", actor=user)


def test_workflow_steps_out_of_order_are_refused(syt_form, syt_reporter, consolidator):
    with pytest.raises(WorkflowError):
        submission_approve(submission=syt_form, actor=consolidator)
    with pytest.raises(WorkflowError):
        submission_return(submission=syt_form, reason="x", actor=consolidator)
    fill(syt_form, syt_reporter)
    submission_submit(submission=syt_form, actor=syt_reporter)
    with pytest.raises(WorkflowError):
        submission_submit(submission=syt_form, actor=syt_reporter)


def test_an_empty_form_cannot_be_submitted(syt_form, syt_reporter):
    with pytest.raises(ValidationError) as exc:
        submission_submit(submission=syt_form, actor=syt_reporter)
    assert exc.value.extra["fields"][0]["message"].startswith("Cần nhập ít nhất")


def test_a_warning_needs_a_comment_before_submitting(syt_form, syt_reporter):
    fill(syt_form, syt_reporter, num=D(7000), den=D(4000))  # sex ratio 175: implausible
    with pytest.raises(ValidationError) as exc:
        submission_submit(submission=syt_form, actor=syt_reporter)
    assert exc.value.extra["fields"][0]["indicator"] == "4.1"
    assert "Cần có ghi chú" in exc.value.extra["fields"][0]["message"]
    fill(syt_form, syt_reporter, num=D(7000), den=D(4000), comment="Số liệu đã kiểm tra lại")
    submission_submit(submission=syt_form, actor=syt_reporter)


def test_every_transition_raises_the_version(syt_form, syt_reporter, consolidator):
    fill(syt_form, syt_reporter)
    syt_form.refresh_from_db()
    before = syt_form.version
    submission_submit(submission=syt_form, actor=syt_reporter, expected_version=before)
    syt_form.refresh_from_db()
    assert syt_form.version == before + 1
    with pytest.raises(Conflict):
        submission_submit(submission=syt_form, actor=syt_reporter, expected_version=before)


def test_narratives_are_saved_with_a_version_guard(snv_form, snv_reporter):
    narrative_save(
        submission=snv_form,
        objective_code="3",
        text="Đã hỗ trợ 45 nạn nhân.",
        actor=snv_reporter,
        expected_version=1,
    )
    assert snv_form.narratives.get().text == "Đã hỗ trợ 45 nạn nhân."
    with pytest.raises(Conflict):
        narrative_save(
            submission=snv_form,
            objective_code="3",
            text="Khác",
            actor=snv_reporter,
            expected_version=1,
        )
    with pytest.raises(ValidationError):
        narrative_save(submission=snv_form, objective_code="9", text="x", actor=snv_reporter)


def test_an_agency_without_assignments_gets_no_form(period, province, admin_user):
    from gem.orgs.models import Agency

    stranger = Agency.objects.create(org_unit=province, name="Sở Xây dựng")
    with pytest.raises(ValidationError):
        submission_open(period=period, agency=stranger, actor=admin_user)


def test_form_save_stores_figures_and_narratives_together(snv_form, snv_reporter):
    from gem.reporting.services import form_save

    summary = form_save(
        submission=snv_form,
        entries=[ValueEntry("1.1", 0, numerator=D(12), denominator=D(40))],
        narratives={"1": "Có 12 cơ quan có lãnh đạo chủ chốt là nữ."},
        actor=snv_reporter,
        expected_version=1,
    )
    assert summary.imported == 1 and summary.version == 3
    assert snv_form.narratives.get().objective_code == "1"
    refused = form_save(
        submission=snv_form,
        entries=[ValueEntry("1.1", 0, numerator=D(50), denominator=D(40))],
        narratives={"1": "Khác"},
        actor=snv_reporter,
        expected_version=3,
    )
    assert refused.errors and snv_form.narratives.get().text.startswith("Có 12")
    with pytest.raises(Conflict):
        form_save(
            submission=snv_form,
            entries=[],
            narratives={"1": "x"},
            actor=snv_reporter,
            expected_version=1,
        )
