"""Submit, return with a reason, approve, reopen: one button each, each refused cleanly."""
# ruff: noqa: F811  (pytest fixtures imported from gem.reporting.tests.fixtures)

from decimal import Decimal

import pytest

from gem.core.models import AuditEvent
from gem.reporting.models import Submission
from gem.reporting.services import ValueEntry, submission_submit, values_save
from gem.reporting.tests.fixtures import (  # noqa: F401
    period,
    rplan,
    snv,
    snv_form,
    snv_reporter,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def url(period, snv):
    return f"/reporting/forms/{period.pk}/{snv.pk}/"


@pytest.fixture
def submitted(snv_form, snv_reporter):
    entry = ValueEntry(indicator="1.1", part=0, numerator=Decimal(3), denominator=Decimal(4))
    values_save(submission=snv_form, entries=[entry], actor=snv_reporter)
    return submission_submit(submission=snv_form, actor=snv_reporter)


def status(submission) -> str:
    submission.refresh_from_db()
    return submission.status


def test_save_and_submit_submits_the_form(client, snv_reporter, snv_form, url):
    client.force_login(snv_reporter)
    values = client.get(url).context["values"]
    data = {name: values[name].value() or "" for name in values.fields}
    data.update(
        {"v:1.1:0:total:numerator": "3", "v:1.1:0:total:denominator": "4", "action": "submit"}
    )
    response = client.post(url, data, follow=True)
    assert "Đã nộp báo cáo." in response.content.decode()
    assert status(snv_form) == Submission.Status.SUBMITTED


def test_an_empty_form_cannot_be_submitted_and_says_why(client, snv_reporter, snv_form, url):
    client.force_login(snv_reporter)
    values = client.get(url).context["values"]
    data = {name: values[name].value() or "" for name in values.fields}
    response = client.post(url, {**data, "action": "submit"}, follow=True)
    assert response.status_code == 200
    assert "Cần nhập ít nhất một số liệu trước khi nộp." in response.content.decode()
    assert status(snv_form) == Submission.Status.DRAFT


def test_the_consolidator_returns_with_a_reason_the_reporter_reads(
    client, consolidator, snv_reporter, submitted, url
):
    client.force_login(consolidator)
    response = client.post(f"{url}return/", {"reason": "Thiếu số liệu nữ."}, follow=True)
    assert "Đã trả lại báo cáo cho đơn vị." in response.content.decode()
    assert status(submitted) == Submission.Status.RETURNED
    client.force_login(snv_reporter)
    html = client.get(url).content.decode()
    assert "Thiếu số liệu nữ." in html
    assert 'name="v:1.1:0:total:numerator"' in html  # editable again


def test_a_return_without_a_reason_changes_nothing(client, consolidator, submitted, url):
    client.force_login(consolidator)
    response = client.post(f"{url}return/", {"reason": "   "}, follow=True)
    assert "Hãy nêu lý do trả lại báo cáo." in response.content.decode()
    assert status(submitted) == Submission.Status.SUBMITTED


def test_approval_locks_the_form_and_reopening_needs_a_reason(
    client, consolidator, snv_reporter, submitted, url
):
    client.force_login(consolidator)
    client.post(f"{url}approve/")
    assert status(submitted) == Submission.Status.APPROVED
    client.force_login(snv_reporter)
    html = client.get(url).content.decode()
    assert 'name="v:1.1:0:total:numerator"' not in html
    assert "Báo cáo đã được duyệt" in html
    client.force_login(consolidator)
    client.post(f"{url}reopen/", {"reason": ""})
    assert status(submitted) == Submission.Status.APPROVED
    client.post(f"{url}reopen/", {"reason": "Sửa số liệu theo kiểm tra."})
    assert status(submitted) == Submission.Status.DRAFT
    assert AuditEvent.objects.filter(action="submission.reopen").exists()


def test_a_reporter_cannot_approve_its_own_form(client, snv_reporter, submitted, url):
    client.force_login(snv_reporter)
    assert client.post(f"{url}approve/").status_code == 403
    assert client.post(f"{url}return/", {"reason": "x"}).status_code == 403
    assert status(submitted) == Submission.Status.SUBMITTED


def test_a_locked_form_refuses_figures_with_a_message(client, snv_reporter, submitted, url):
    client.force_login(snv_reporter)
    data = {"version": submitted.version, "v:1.1:0:total:numerator": "1"}
    data["v:1.1:0:total:denominator"] = "4"
    response = client.post(url, data)
    assert response.status_code == 400
    assert "đã khóa" in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.values.get().numerator == Decimal(3)


def test_workflow_buttons_only_accept_post(client, consolidator, submitted, url):
    client.force_login(consolidator)
    assert client.get(f"{url}approve/").status_code == 405
