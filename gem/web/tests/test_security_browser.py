"""In a real browser: setting up the second factor, then signing in with it; no CSP violation."""

import pyotp
import pytest

from gem.accounts.models import TotpDevice
from gem.conftest import login, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_consolidator_sets_up_the_second_factor_and_signs_in_with_it(page):
    from gem.web.demo import load_demo

    load_demo()
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security" in m.text else 0)
    login(page, "snv")
    page.goto("/account/two-factor/")
    page.get_by_role("button", name="Cài đặt").click()
    secret = page.locator("#totp-secret").inner_text().strip()
    assert secret == TotpDevice.objects.get(user__username="snv").secret
    screenshot(page, "two-factor-setup")
    page.fill("#id_code", pyotp.TOTP(secret).now())
    page.get_by_role("button", name="Bật").click()
    assert "Đã bật xác thực hai lớp" in page.content()
    page.get_by_role("button", name="Đăng xuất").click()
    login(page, "snv")
    assert "/login/code/" in page.url
    screenshot(page, "two-factor-code")
    # The code used to turn it on is spent; the next 30 s step would give a new one.
    TotpDevice.objects.filter(user__username="snv").update(last_step=0)
    page.fill("#id_code", pyotp.TOTP(secret).now())
    page.get_by_role("button", name="Tiếp tục").click()
    page.wait_for_load_state()
    assert "/login" not in page.url  # signed in: on the home page
    assert not [v for v in violations if "script" in v], violations
