"""'Báo cáo của tôi': the user's forms by period, the current period first."""
# ruff: noqa: F811  (pytest fixtures imported from gem.reporting.tests.fixtures)

from datetime import date

import pytest

from gem.reporting import selectors
from gem.reporting.tests.fixtures import period, rplan, syt, syt_reporter  # noqa: F401
from gem.web.reporting_views import period_groups

pytestmark = pytest.mark.django_db


def test_the_current_period_comes_first_and_later_ones_are_set_apart(syt_reporter):
    today = date(2026, 11, 23)
    refs = selectors.forms_for_user(user=syt_reporter, today=today)
    ordered = selectors.periods_for_user(user=syt_reporter, today=today)
    groups = period_groups(refs, ordered, today)
    assert [g["period"].code for g in groups["current"]] == ["2026"]
    assert "2026S1" in [g["period"].code for g in groups["others"]]
    assert "2027S1" in [g["period"].code for g in groups["upcoming"]]
    assert all(g["period"].starts_on > today for g in groups["upcoming"])


def test_the_page_shows_deadlines_dd_mm_yyyy_and_marks_late_forms(client, syt_reporter, period):
    client.force_login(syt_reporter)
    response = client.get("/reporting/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("is-current") == 1
    assert "Báo cáo 6 tháng 2026S1" in html
    assert "10/06/2026" in html  # units' deadline of 2026S1
    assert "Trễ hạn" in html  # 2026S1 was due on 10/06/2026 and nothing was submitted
    assert f"/reporting/forms/{period.pk}/" in html


def test_a_user_without_forms_is_told_why(client, make_user):
    client.force_login(make_user("nobody"))
    html = client.get("/reporting/").content.decode()
    assert "Bạn chưa có kỳ báo cáo nào." in html


def test_the_nav_links_to_my_reports(client, syt_reporter):
    client.force_login(syt_reporter)
    html = client.get("/plans/").content.decode()
    assert 'href="/reporting/"' in html
    assert "Báo cáo của tôi" in html
