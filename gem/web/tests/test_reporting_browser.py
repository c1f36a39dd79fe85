"""Issue 4's journey in a real browser: a commune reporter, tried as a new user would, finds the
open period, enters figures, fixes a bad one, submits; the consolidator returns the report with
a reason; the reporter fixes and resubmits; the consolidator approves; the form is locked."""

import re

import pytest
from playwright.sync_api import expect

from gem.conftest import login, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

NUM, DEN = '[name="v:1.1:0:total:numerator"]', '[name="v:1.1:0:total:denominator"]'
FEMALE_NUM = '[name="v:6.1:0:female:numerator"]'
FEMALE_DEN = '[name="v:6.1:0:female:denominator"]'


def load_demo_with_periods():
    from gem.web.demo import load_demo

    load_demo()
    try:
        from gem.reporting.demo import reporting_demo_load
    except ImportError:  # before the reporting demo exists: the periods alone
        from gem.plans.models import Plan
        from gem.reporting.services import periods_generate

        for plan in Plan.objects.filter(is_demo=True):
            periods_generate(plan=plan)
    else:
        reporting_demo_load()


def sign_out(page):
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_load_state()


def open_my_first_form(page):
    page.get_by_role("link", name="Báo cáo của tôi").first.click()
    first_period = page.locator("section.reporting-period").first
    assert "Kỳ hiện tại" in first_period.inner_text()
    first_period.get_by_role("link", name=re.compile("Nhập số liệu|Xem")).first.click()
    page.wait_for_load_state()


def test_a_commune_report_goes_from_entry_to_approval(page):
    load_demo_with_periods()

    # The reporter signs in, finds the open period and enters figures, one of them wrong.
    login(page, "xa01")
    open_my_first_form(page)
    page.fill(NUM, "12")
    page.fill(DEN, "10")
    page.fill(FEMALE_NUM, "-3")
    page.fill(FEMALE_DEN, "200")
    page.evaluate("window.gemNoReload = true")
    page.get_by_role("button", name="Lưu nháp").click()
    expect(page.locator("#row-1\\.1-0")).to_contain_text("không được lớn hơn mẫu số")
    expect(page.locator("#row-6\\.1-0")).to_contain_text("số âm")
    assert page.evaluate("window.gemNoReload") is True  # saved in place (htmx), no reload
    screenshot(page, "reporting-form-errors")

    # ... fixes them, and submits.
    page.fill(NUM, "8")
    expect(page.locator("#row-1\\.1-0 .computed")).to_have_text("= 80%")  # computed as typed
    page.fill(FEMALE_NUM, "150")
    page.get_by_role("button", name="Lưu và nộp").click()
    expect(page.locator("#form-status")).to_contain_text("Đã nộp")
    expect(page.locator(NUM)).to_have_count(0)  # submitted: locked
    sign_out(page)

    # The consolidator sees it on the board and returns it with a reason.
    login(page, "snv")
    page.get_by_role("link", name="Theo dõi báo cáo").click()
    row = page.locator("tr.board-row.status-submitted").first
    screenshot(page, "reporting-board")
    row.get_by_role("link", name="Mở biểu mẫu").click()
    page.fill("#id_return_reason", "Số liệu chỉ tiêu 1.1 chưa khớp với báo cáo quý.")
    page.get_by_role("button", name="Trả lại đơn vị").click()
    expect(page.locator("#form-status")).to_contain_text("Bị trả lại")
    sign_out(page)

    # The reporter sees the reason, fixes the figure and resubmits.
    login(page, "xa01")
    open_my_first_form(page)
    assert "chưa khớp với báo cáo quý" in page.locator("#form-status").inner_text()
    page.fill(NUM, "9")
    page.get_by_role("button", name="Lưu và nộp").click()
    expect(page.locator("#form-status")).to_contain_text("Đã nộp")
    sign_out(page)

    # The consolidator approves.
    login(page, "snv")
    page.get_by_role("link", name="Theo dõi báo cáo").click()
    page.locator("tr.board-row.status-submitted").first.get_by_role(
        "link", name="Mở biểu mẫu"
    ).click()
    page.get_by_role("button", name="Duyệt").click()
    expect(page.locator("#form-status")).to_contain_text("Đã duyệt")
    sign_out(page)

    # The form is locked for the reporter, the history shows who changed what.
    login(page, "xa01")
    open_my_first_form(page)
    assert page.locator(NUM).count() == 0
    assert page.get_by_role("button", name="Lưu nháp").count() == 0
    history = page.locator("#history").inner_text()
    assert "Công chức Văn hóa - Xã hội" in history  # who
    assert re.search(r"1\.1\s+8/10\s+9/10", history)  # old -> new
    screenshot(page, "reporting-form-approved")
