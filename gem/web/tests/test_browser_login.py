import pytest

from gem.conftest import login, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_leader_signs_in_and_opens_the_province_plan(page):
    from gem.web.demo import load_demo

    load_demo()
    login(page, "lanhdao")
    page.get_by_role(
        "link",
        name="giai đoạn 2026-2030 trên địa bàn tỉnh Thanh Hóa",
        exact=False,
    ).click()
    assert page.locator("#indicator-4\\.1").inner_text().count("109") >= 1
    assert "≤ 1,4 lần" in page.content()
    screenshot(page, "plan-detail")
