"""A jump against the previous period is a warning by the field that needs a comment."""
# ruff: noqa: F811  (pytest fixtures imported from gem.reporting.tests.fixtures)

from decimal import Decimal

import pytest

from gem.reporting.models import ReportingPeriod, Submission
from gem.reporting.services import ValueEntry, submission_open, values_save
from gem.reporting.tests.fixtures import period, rplan, snv, snv_form, snv_reporter  # noqa: F401

pytestmark = pytest.mark.django_db
NUM, DEN, COMMENT = "v:1.1:0:total:numerator", "v:1.1:0:total:denominator", "c:1.1:0:total"


@pytest.fixture
def annual_url(rplan, snv, snv_form, snv_reporter):
    """Last period 3/4 = 75%; the annual form of the same year comes next."""
    entry = ValueEntry(indicator="1.1", part=0, numerator=Decimal(3), denominator=Decimal(4))
    values_save(submission=snv_form, entries=[entry], actor=snv_reporter)
    annual = ReportingPeriod.objects.get(plan=rplan, code="2026")
    submission_open(period=annual, agency=snv, actor=snv_reporter)
    return f"/reporting/forms/{annual.pk}/{snv.pk}/"


def post(client, url, **changes):
    values = client.get(url).context["values"]
    data = {name: values[name].value() or "" for name in values.fields}
    return client.post(url, {**data, **changes}, follow=True)


def test_a_jump_is_saved_with_a_warning_and_submitting_needs_a_comment(
    client, snv_reporter, annual_url
):
    client.force_login(snv_reporter)
    response = post(client, annual_url, **{NUM: "1", DEN: "4"})
    html = response.content.decode()
    assert "Đã lưu: 1 số liệu mới" in html  # a warning does not block the draft
    row = html[html.index('id="row-1.1-0"') :]
    row = row[: row.index("</tr>")]
    assert "field-warning" in row and "75" in row  # the previous figure named by the field
    assert f'name="{COMMENT}"' in row and "<details" not in row  # the comment box is open
    assert "Kỳ trước: 3/4" in row

    response = post(client, annual_url, action="submit")
    html = response.content.decode()
    assert "Chưa thể nộp biểu mẫu." in html
    assert "Cần có ghi chú trước khi nộp." in html
    submission = Submission.objects.get(period__code="2026", agency__name="Sở Nội vụ")
    assert submission.status == Submission.Status.DRAFT

    post(client, annual_url, **{COMMENT: "Hai cơ quan sáp nhập trong năm."}, action="submit")
    submission.refresh_from_db()
    assert submission.status == Submission.Status.SUBMITTED
