import json
from pathlib import Path

import pytest

from gem.accounts.models import Role
from gem.plans.models import Plan

FIXTURES = Path(__file__).resolve().parents[2] / "plans" / "tests" / "fixtures"


def sample(name="thanh-hoa-2026-2030"):
    return json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))


def test_it_requires_a_token(api_client, db):
    response = api_client().get("/api/v1/plans")
    assert response.status_code == 401
    assert set(response.json()) == {"message", "detail"}


def test_it_rejects_a_bad_token(api_client, db):
    response = api_client().get("/api/v1/plans", HTTP_AUTHORIZATION="Bearer gem_nope")
    assert response.status_code == 401


def test_it_creates_lists_and_returns_a_plan(api_client, consolidator):
    client = api_client(consolidator)
    national = Plan.objects.get(is_builtin=True)
    created = client.post(f"/api/v1/plans?orgUnit=38&parent={national.pk}", sample())
    assert created.status_code == 201, created.content
    plan_id = created.json()["id"]

    listed = client.get("/api/v1/plans", {"orgUnit": "38"}).json()
    assert [p["id"] for p in listed["items"]] == [plan_id]
    assert listed["items"][0]["period"] == {"start": 2026, "end": 2030}
    assert listed["items"][0]["parent"] == national.pk

    assert client.get(f"/api/v1/plans/{plan_id}").json() == sample()


def test_it_answers_400_naming_the_field(api_client, consolidator):
    doc = sample()
    doc["objectives"][1]["indicators"][0]["targets"][0]["comparator"] = "≥"
    response = api_client(consolidator).post("/api/v1/plans?orgUnit=38", doc)
    assert response.status_code == 400
    assert response.json()["message"].startswith(
        "objectives[1].indicators[0].targets[0].comparator"
    )
    assert Plan.objects.filter(is_builtin=False).count() == 0


def test_it_answers_400_for_a_body_that_is_not_json(api_client, consolidator):
    response = api_client(consolidator).post(
        "/api/v1/plans?orgUnit=38", "{not json", content_type="application/json"
    )
    assert response.status_code == 400


def test_it_answers_400_without_the_org_unit(api_client, consolidator):
    response = api_client(consolidator).post("/api/v1/plans", sample())
    assert response.status_code == 400
    assert "orgUnit" in response.json()["message"]


def test_a_reporter_may_not_create_plans(api_client, make_user, province):
    reporter = make_user("reporter-38", Role.REPORTER, province)
    response = api_client(reporter).post("/api/v1/plans?orgUnit=38", sample())
    assert response.status_code == 403


def test_another_provinces_plan_is_not_found(api_client, consolidator, make_user, other_province):
    from gem.plans.services import plan_import

    hanoi_plan = plan_import(data=sample(), org_unit=other_province)
    client = api_client(consolidator)
    assert client.get(f"/api/v1/plans/{hanoi_plan.pk}").status_code == 404
    assert client.get("/api/v1/plans", {"orgUnit": "01"}).status_code == 404
    assert client.post("/api/v1/plans?orgUnit=01", sample()).status_code == 404


@pytest.mark.parametrize("path", ["/api/v1/plans/999999", "/api/v1/plans?orgUnit=77777"])
def test_unknown_things_are_404_json(api_client, consolidator, path):
    response = api_client(consolidator).get(path)
    assert response.status_code == 404
    assert "message" in response.json()


def test_the_openapi_schema_is_served(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/v1/plans" in paths and "/api/v1/orgunits" in paths
