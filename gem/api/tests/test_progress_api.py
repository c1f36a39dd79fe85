"""GET /api/v1/plans/{id}/progress: hand-computed figures, the exact shape, access, cost."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gem.accounts.models import Role
from gem.analytics.selectors import progress_get
from gem.analytics.services import rollup_rebuild
from gem.analytics.tests import fixtures
from gem.analytics.tests.fixtures import MERGED_ON, OFFICE
from gem.analytics.tests.test_rollup import report_violence
from gem.orgs.selectors import orgunit_get_by_code
from gem.orgs.services import orgunit_merge
from gem.plans.selectors import plan_builtin_national
from gem.reporting.models import Submission
from gem.reporting.services import submission_submit

PART_KEYS = {"part", "label", "value", "numerator", "denominator", "bySex", "targets", "status",
             "projection"}  # fmt: skip
TZ = ZoneInfo("Asia/Ho_Chi_Minh")
world = fixtures.world


@pytest.fixture
def leader(make_user, province):
    return make_user("leader-38", Role.LEADER, province)


@pytest.fixture
def ministry(make_user):
    return make_user("ministry", Role.MINISTRY, orgunit_get_by_code("VN"))


def url(plan, **query) -> str:
    args = "&".join(f"{k}={v}" for k, v in query.items())
    return f"/api/v1/plans/{plan.pk}/progress?{args}"


def parts_of(answer, code) -> list[dict]:
    return next(i["parts"] for i in answer["indicators"] if i["code"] == code)


def test_it_answers_the_hand_computed_province_figure(world, leader, api_client):
    report_violence(world)
    response = api_client(leader).get(url(world.plan, orgUnit="38", period="2026S1"))
    assert response.status_code == 200, response.content
    answer = response.json()
    assert set(answer) == {"plan", "orgUnit", "period", "indicators", "completeness"}
    assert (answer["plan"], answer["orgUnit"], answer["period"]) == (world.plan.pk, "38", "2026S1")
    victims = parts_of(answer, "3.2")[0]
    assert set(victims) == PART_KEYS
    assert victims["label"] == "người bị bạo lực"
    assert (victims["value"], victims["numerator"], victims["denominator"]) == (21, 21, 100)
    assert victims["bySex"] == {
        "female": {"value": 23.33, "numerator": 14, "denominator": 60},
        "male": {"value": 17.5, "numerator": 7, "denominator": 40},
    }
    assert victims["targets"] == [{"year": 2030, "value": 90, "comparator": ">="}]
    assert victims["status"] == "not_enough_data"
    assert parts_of(answer, "1.1")[0]["value"] is None
    assert answer == progress_get(plan=world.plan, org_unit=world.province, period_code="2026S1")


def test_it_answers_a_commune_of_the_plan(world, leader, api_client):
    report_violence(world)
    answer = api_client(leader).get(url(world.plan, orgUnit="99000", period="2026S1")).json()
    assert parts_of(answer, "3.2")[0]["value"] == 8.89  # 4 / 45


def test_it_includes_a_merged_commune_and_judges_a_two_sided_target(
    world, leader, admin_user, api_client
):
    report_violence(world)
    world.report("X", OFFICE, "2026S1", [("3.2", 0, "female", 2, 5, None),
                                         ("3.2", 0, "male", 0, 5, None)])  # fmt: skip
    orgunit_merge(units=[world.communes["X"]], into=world.communes["A"], on=MERGED_ON)
    rollup_rebuild()
    world.report("province", "Sở Y tế", "2026S1", [("4.1", 0, "", 1130, 1000, None)])
    world.report("province", "Sở Y tế", "2026", [("4.1", 0, "", 1110, 1000, None)])
    client = api_client(leader)
    commune = client.get(url(world.plan, orgUnit="99000", period="2026S1")).json()
    assert parts_of(commune, "3.2")[0]["numerator"] == 6  # A's 4/45 plus merged X's 2/10
    assert parts_of(commune, "3.2")[0]["value"] == 10.91
    province = client.get(url(world.plan, orgUnit="38", period="2026")).json()
    srb = parts_of(province, "4.1")[0]
    assert srb["value"] == 111
    assert srb["targets"] == [{"year": 2030, "value": 109, "comparator": "="}]
    assert srb["status"] == "on_track"  # 3 above the band 108-110, then 1: closing fast
    assert srb["projection"]["year"] == 2030


def test_it_answers_the_nation_for_the_ministry(world, ministry, api_client):
    report_violence(world)
    national = plan_builtin_national()
    answer = api_client(ministry).get(url(national, orgUnit="VN", period="2026S1")).json()
    assert parts_of(answer, "3.2")[0]["value"] == 21
    assert len(parts_of(answer, "3.2")) == 2


def test_it_counts_forms_expected_submitted_and_on_time(world, leader, admin_user, api_client):
    report_violence(world)
    for unit in ("A", "B"):
        sub = Submission.objects.get(period=world.period(unit, "2026S1"))
        submission_submit(submission=sub, actor=admin_user)
    late = datetime(2026, 6, 11, 9, 0, tzinfo=TZ)  # the units' deadline is 10/6
    Submission.objects.filter(period=world.period("B", "2026S1")).update(submitted_at=late)
    on_time = datetime(2026, 6, 10, 16, 0, tzinfo=TZ)
    Submission.objects.filter(period=world.period("A", "2026S1")).update(submitted_at=on_time)
    answer = api_client(leader).get(url(world.plan, orgUnit="38", period="2026S1")).json()
    # 4 lead departments of the province plan + 3 commune offices; 2 submitted, 1 on time.
    assert answer["completeness"] == {"expected": 7, "submitted": 2, "onTime": 1}


def test_it_hides_another_province(world, make_user, other_province, api_client):
    outsider = make_user("leader-01", Role.LEADER, other_province)
    response = api_client(outsider).get(url(world.plan, orgUnit="38", period="2026S1"))
    assert response.status_code == 404
    assert set(response.json()) == {"message", "detail"}


def test_it_refuses_a_unit_outside_the_plan_and_a_bad_period(world, leader, api_client):
    client = api_client(world.actor)
    assert client.get(url(world.plan, orgUnit="VN", period="2026S1")).status_code == 400
    assert client.get(url(world.plan, orgUnit="38", period="soon")).status_code == 400
    assert api_client().get(url(world.plan, orgUnit="38")).status_code == 401


def count_queries(fn) -> int:
    with CaptureQueriesContext(connection) as ctx:
        fn()
    return len(ctx.captured_queries)


def test_it_costs_the_nation_no_more_queries_than_a_commune(
    world, ministry, api_client, django_assert_max_num_queries
):
    report_violence(world)
    national = plan_builtin_national()
    nation, commune = orgunit_get_by_code("VN"), world.communes["A"]
    with django_assert_max_num_queries(7):
        progress_get(plan=national, org_unit=nation, period_code="2026S1")
    assert count_queries(
        lambda: progress_get(plan=national, org_unit=nation, period_code="2026S1")
    ) == count_queries(lambda: progress_get(plan=national, org_unit=commune, period_code="2026S1"))
    client = api_client(ministry)
    client.get(url(national, orgUnit="VN", period="2026S1"))  # warm the token's user
    with django_assert_max_num_queries(16):
        assert client.get(url(national, orgUnit="VN", period="2026S1")).status_code == 200
