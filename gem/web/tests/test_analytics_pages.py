"""The analytics pages show the same hand-computed figures as the API; access; query pins."""

import re

import pytest

from gem.accounts.models import Role
from gem.analytics.tests import fixtures
from gem.analytics.tests.test_rollup import report_violence

world = fixtures.world


@pytest.fixture
def leader_client(client, make_user, province):
    client.force_login(make_user("leader-38", Role.LEADER, province))
    return client


def cell_value(html: str, code: str, part: int = 0) -> str:
    match = re.search(
        rf'data-code="{re.escape(code)}" data-part="{part}" data-value="([^"]*)"', html
    )
    assert match, f"no row for {code}#{part}"
    return match.group(1)


def test_it_sends_signed_in_users_to_the_overview(leader_client):
    response = leader_client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/analytics/"


def test_it_shows_the_province_overview(world, leader_client, api_client):
    report_violence(world)
    html = leader_client.get(f"/analytics/?plan={world.plan.pk}&period=2026S1").content.decode()
    assert cell_value(html, "3.2") == "21"
    assert "21%" in html
    assert 'class="spark"' in html or "–" in html
    assert "<script>" not in html  # no inline JavaScript


def test_it_shows_the_indicator_page_with_ranking_and_sexes(world, leader_client):
    report_violence(world)
    url = f"/analytics/indicators/3.2/?plan={world.plan.pk}&period=2026S1&unit=38&part=0"
    response = leader_client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-value="21"' in html
    assert 'data-sex="female">23,33<' in html
    assert 'data-unit="99001" data-value="46.67' in html  # B: 7/15 first
    assert html.index('data-unit="99001"') < html.index('data-unit="99000"')
    assert 'id="history-data" type="application/json"' in html
    assert "Sở Nội vụ" in html  # the province's own agency


def test_it_shows_a_direct_figure_with_the_sum_beside_it(world, leader_client):
    world.report("A", fixtures.OFFICE, "2026S1", [("4.1", 0, "", 112, 100, None)])
    world.report("province", "Sở Y tế", "2026S1", [("4.1", 0, "", 1130, 1000, None)])
    url = f"/analytics/indicators/4.1/?plan={world.plan.pk}&period=2026S1&unit=38"
    html = leader_client.get(url).content.decode()
    assert 'data-value="113"' in html
    assert "112 (112/100)" in html


def test_it_shows_a_unit_page_and_the_completeness_board(world, leader_client):
    report_violence(world)
    html = leader_client.get(f"/analytics/units/99000/?plan={world.plan.pk}&period=2026S1")
    assert cell_value(html.content.decode(), "3.2") == "8.89"
    board = leader_client.get(f"/analytics/completeness/?plan={world.plan.pk}&period=2026S1")
    text = board.content.decode()
    assert 'id="completeness-total" data-expected="7" data-submitted="0"' in text


def test_it_prints_the_alignment_page(world, leader_client):
    html = leader_client.get(f"/analytics/plans/{world.plans['A'].pk}/alignment/")
    assert html.status_code == 200
    assert 'data-code="3.1" data-kind="missing"' in html.content.decode()


def test_it_hides_another_province(world, client, make_user, other_province):
    client.force_login(make_user("leader-01", Role.LEADER, other_province))
    assert client.get(f"/analytics/units/38/?plan={world.plan.pk}").status_code == 404
    assert client.get(f"/analytics/plans/{world.plan.pk}/alignment/").status_code == 404


def test_it_renders_the_national_overview_in_few_queries(
    world, client, make_user, django_assert_max_num_queries
):
    report_violence(world)
    from gem.orgs.selectors import orgunit_get_by_code

    client.force_login(make_user("ministry", Role.MINISTRY, orgunit_get_by_code("VN")))
    client.get("/analytics/")
    with django_assert_max_num_queries(20):
        html = client.get("/analytics/?period=2026S1").content.decode()
    assert cell_value(html, "3.2") == "21"
