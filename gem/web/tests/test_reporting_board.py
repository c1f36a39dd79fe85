"""The consolidator's status board: every expected agency, its status, late or not."""
# ruff: noqa: F811  (pytest fixtures imported from gem.reporting.tests.fixtures)

from decimal import Decimal

import pytest

from gem.reporting.services import (
    ValueEntry,
    submission_return,
    submission_submit,
    values_save,
)
from gem.reporting.tests.fixtures import (  # noqa: F401
    outsider,
    period,
    rplan,
    snv,
    snv_form,
    snv_reporter,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def returned(snv_form, snv_reporter, consolidator):
    entry = ValueEntry(indicator="1.1", part=0, numerator=Decimal(3), denominator=Decimal(4))
    values_save(submission=snv_form, entries=[entry], actor=snv_reporter)
    submission_submit(submission=snv_form, actor=snv_reporter)
    return submission_return(submission=snv_form, reason="Thiếu thuyết minh.", actor=consolidator)


def test_it_lists_every_expected_agency_with_counts(client, consolidator, returned, rplan, period):
    client.force_login(consolidator)
    response = client.get("/reporting/board/", {"period": "2026S1", "plan": rplan.pk})
    assert response.status_code == 200
    rows = response.context["rows"]
    assert {r.agency.name for r in rows} >= {"Sở Nội vụ", "Sở Y tế", "Thống kê tỉnh"}
    counts = response.context["counts"]
    assert counts["returned"] == 1
    assert counts["not_started"] == len(rows) - 1
    html = response.content.decode()
    assert "Thiếu thuyết minh." in html  # the reason for return
    assert f"/reporting/forms/{period.pk}/{returned.agency.pk}/" in html
    assert "10/06/2026" in html  # due dd/mm/yyyy


def test_it_defaults_to_a_period_and_offers_the_others(client, consolidator, rplan):
    client.force_login(consolidator)
    response = client.get("/reporting/board/")
    assert response.status_code == 200
    assert response.context["period_code"] in response.context["period_codes"]
    assert {"2026S1", "2026"} <= set(response.context["period_codes"])


def test_another_provinces_user_sees_none_of_it(client, outsider, returned, rplan):
    client.force_login(outsider)
    response = client.get("/reporting/board/", {"period": "2026S1"})
    assert response.status_code == 200
    assert response.context["rows"] == []
    assert client.get("/reporting/board/", {"plan": rplan.pk}).status_code == 404


def test_a_bad_filter_is_ignored_not_a_crash(client, consolidator, rplan):
    client.force_login(consolidator)
    response = client.get("/reporting/board/", {"plan": "abc", "period": "x" * 40})
    assert response.status_code == 200
