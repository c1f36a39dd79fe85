"""Issue 3's web journey in a real browser: the province's consolidator uploads the Thanh Hóa
plan, checks what was read beside the text (the script highlights the sentence, under the CSP),
corrects a target, confirms, and lands on the new plan."""

import re

import pytest

from gem.conftest import login, screenshot
from gem.ingest.tests.conftest import FIXTURES

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SAMPLE = FIXTURES / "thanh-hoa-2026-2030.txt"
FIRST_VALUE = '[name="o0i0t-0-value"]'


def test_a_consolidator_uploads_corrects_and_confirms_a_plan(page, settings, tmp_path):
    from gem.web.demo import load_demo

    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo()
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    login(page, "snv")
    page.locator('header nav a[href="/ingest/"]').click()
    page.locator('a[href="/ingest/upload/"]').click()
    assert "Thanh Hóa" in page.locator("#id_org_unit option:checked").inner_text()
    page.set_input_files("#id_file", str(SAMPLE))
    page.locator("form.stack button[type=submit]").click()
    page.wait_for_url(re.compile(r"/ingest/drafts/\d+/$"))
    assert page.locator(".ingest-objective").count() == 6

    row = page.locator("#item-objectives-0-indicators-0-targets-0")
    row.locator("a.src-link").click()
    active = page.locator("mark.ev.is-active")
    assert active.count() >= 1 and "75%" in active.first.inner_text()
    assert [p for p in problems if "script" in p] == [], problems

    page.locator('a.button[href$="/edit/"]').click()
    page.fill(FIRST_VALUE, "80,5")
    page.locator("button[name=save]").click()
    page.wait_for_url(re.compile(r"/ingest/drafts/\d+/$"))
    assert "80,5" in row.inner_text()
    screenshot(page, "ingest-review")

    page.locator("button[name=confirm]").click()
    page.wait_for_url(re.compile(r"/plans/\d+/$"))
    assert "tỉnh Thanh Hóa" in page.locator("h1").inner_text()
    assert "80,5%" in page.locator("#indicator-1\\.1").inner_text()
