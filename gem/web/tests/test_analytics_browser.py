"""Browser: every dashboard page of the demo shows the figures the API gives; screenshots."""

from decimal import Decimal

import pytest

from gem.conftest import login, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def same(shown: str, api_value) -> bool:
    if api_value is None:
        return shown == ""
    return Decimal(shown) == Decimal(str(api_value))


def api_parts(page, plan: int, unit: str, period: str) -> dict:
    url = f"/api/v1/plans/{plan}/progress?orgUnit={unit}&period={period}"
    answer = page.request.get(url).json()
    parts = {(i["code"], p["part"]): p for i in answer["indicators"] for p in i["parts"]}
    return {"parts": parts, "completeness": answer["completeness"]}


def check_rows(page, table: str, api: dict) -> int:
    rows = page.locator(f"{table} tbody tr[data-code]")
    for i in range(rows.count()):
        row = rows.nth(i)
        key = (row.get_attribute("data-code"), int(row.get_attribute("data-part")))
        assert same(row.get_attribute("data-value"), api["parts"][key]["value"]), key
    return rows.count()


def test_dashboards_show_the_figures_of_the_api_to_leaders_and_the_ministry(page):
    from gem.analytics.demo import analytics_demo_load
    from gem.plans.selectors import plan_builtin_national
    from gem.web.demo import demo_communes, load_demo

    demo = load_demo()
    analytics_demo_load()
    plan = demo["plan"]
    login(page, "lanhdao")
    assert page.url.endswith("/analytics/")
    period = page.locator("#f-period").input_value()
    api = api_parts(page, plan, "38", period)
    assert check_rows(page, "#overview", api) >= 15
    assert page.locator("svg.spark").count() >= 10
    assert page.locator(".completeness-summary").get_attribute("data-submitted") == str(
        api["completeness"]["submitted"]
    )
    screenshot(page, "analytics-overview")

    page.locator('#overview tr[data-code="3.2"][data-part="0"] a').click()
    page.wait_for_selector(".chart canvas")
    figure = page.locator("#figure")
    assert same(figure.get_attribute("data-value"), api["parts"][("3.2", 0)]["value"])
    assert page.locator("#ranking tbody tr[data-unit]").count() >= 10
    screenshot(page, "analytics-indicator")

    commune = demo_communes(_province())[0]
    page.goto(f"/analytics/units/{commune.code}/?plan={plan}&period={period}")
    check_rows(page, "#unit-figures", api_parts(page, plan, commune.code, period))
    screenshot(page, "analytics-unit")

    page.goto(f"/analytics/completeness/?plan={plan}&period={period}")
    total = page.locator("#completeness-total")
    assert total.get_attribute("data-expected") == str(api["completeness"]["expected"])
    assert total.get_attribute("data-on-time") == str(api["completeness"]["onTime"])
    screenshot(page, "analytics-completeness")

    page.goto(f"/analytics/plans/{commune_plan(commune)}/alignment/")
    assert page.locator("#alignment tbody tr").count() >= 1
    screenshot(page, "analytics-alignment")

    page.context.clear_cookies()
    login(page, "bonv")  # the ministry: the national view of the national strategy
    period = page.locator("#f-period").input_value()
    national = api_parts(page, plan_builtin_national().pk, "VN", period)
    assert check_rows(page, "#overview", national) >= 20
    assert "Việt Nam" in page.locator("h1").inner_text()
    screenshot(page, "analytics-national")


def _province():
    from gem.orgs.selectors import orgunit_get_by_code

    return orgunit_get_by_code("38")


def commune_plan(commune) -> int:
    from gem.plans.models import Plan

    return Plan.objects.get(org_unit=commune, is_demo=True).pk
