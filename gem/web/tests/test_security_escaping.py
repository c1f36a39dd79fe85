"""Text that came from uploaded documents is shown as text: never as markup, never run."""

import json
from pathlib import Path

import pytest

from gem.plans.services import plan_import

FIXTURES = Path(__file__).resolve().parents[2] / "plans" / "tests" / "fixtures"
XSS = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'


@pytest.fixture
def hostile_plan(consolidator, province):
    doc = json.loads((FIXTURES / "thanh-hoa-2026-2030.expected.json").read_text("utf-8"))
    doc["title"] = XSS
    doc["issuer"] = IMG
    doc["legal_bases"] = [XSS]
    doc["objectives"][0]["title"] = XSS
    doc["objectives"][0]["indicators"][0]["text"] = IMG
    doc["assignments"][0]["agency"] = f"Sở {XSS}"
    return plan_import(data=doc, org_unit=province, actor=consolidator)


def test_the_plan_pages_show_markup_from_documents_as_text(client, consolidator, hostile_plan):
    client.force_login(consolidator)
    for url in [f"/plans/{hostile_plan.pk}/", "/plans/"]:
        html = client.get(url).content.decode()
        assert "<script>alert(1)" not in html, url
        assert "<img src=x" not in html, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, url
    html = client.get(f"/plans/{hostile_plan.pk}/").content.decode()
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in html


def test_the_api_returns_it_as_json_strings_that_no_browser_renders(
    consolidator, hostile_plan, api_client
):
    client = api_client(consolidator)
    for url in [f"/api/v1/plans/{hostile_plan.pk}", "/api/v1/plans"]:
        response = client.get(url)
        assert response["Content-Type"].startswith("application/json"), url
        assert response["X-Content-Type-Options"] == "nosniff"
        assert XSS in json.dumps(response.json(), ensure_ascii=False)
    assert client.get(f"/api/v1/plans/{hostile_plan.pk}").json()["title"] == XSS


def test_the_audit_log_shows_it_as_text(client, admin_user, hostile_plan):
    client.force_login(admin_user)
    html = client.get("/audit/", {"action": "plan.import"}).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
