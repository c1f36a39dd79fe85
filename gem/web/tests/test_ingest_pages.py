"""The plan upload pages through the Django test client: upload, review, correct, confirm."""

import io
import re
from html.parser import HTMLParser

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from pypdf import PdfWriter

from gem.accounts.models import Role
from gem.ingest.models import PlanDraft
from gem.ingest.tests.conftest import FIXTURES
from gem.plans.models import Plan, Target

SAMPLE = FIXTURES / "thanh-hoa-2026-2030.txt"
UPLOAD = "/ingest/upload/"


class FormScraper(HTMLParser):
    """The fields a browser would send for the form with this class (no JavaScript)."""

    def __init__(self, css_class: str):
        super().__init__()
        self.css_class = css_class
        self.data: dict[str, list[str]] = {}
        self.in_form = self.done = False
        self.select: str | None = None
        self.first_option: str | None = None
        self.selected = False
        self.textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and self.css_class in (a.get("class") or "").split() and not self.done:
            self.in_form = True
        if not self.in_form:
            return
        name = a.get("name")
        if tag == "input" and name and a.get("type") not in ("submit", "file"):
            if a.get("type") != "checkbox" or "checked" in a:
                self.data.setdefault(name, []).append(a.get("value") or "")
        elif tag == "select":
            self.select, self.first_option, self.selected = name, None, False
        elif tag == "option" and self.select:
            if self.first_option is None:
                self.first_option = a.get("value", "")
            if "selected" in a:
                self.data.setdefault(self.select, []).append(a.get("value", ""))
                self.selected = True
        elif tag == "textarea":
            self.textarea = name
            self.data.setdefault(name, []).append("")

    def handle_endtag(self, tag):
        if tag == "select" and self.select:
            if not self.selected:
                self.data.setdefault(self.select, []).append(self.first_option or "")
            self.select = None
        elif tag == "textarea":
            self.textarea = None
        elif tag == "form" and self.in_form:
            self.in_form, self.done = False, True

    def handle_data(self, data):
        if self.textarea:
            value = self.data[self.textarea][-1] + data
            self.data[self.textarea][-1] = value.removeprefix("\n")


def form_fields(html: str, css_class: str = "ingest-edit") -> dict[str, list[str]]:
    scraper = FormScraper(css_class)
    scraper.feed(html)
    return scraper.data


def image_only_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def stored_files(media) -> list:
    return [p for p in media.rglob("*") if p.is_file()] if media.exists() else []


@pytest.fixture
def browser_client(consolidator):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(consolidator)
    return client


def upload(client, province, data: bytes | None = None, name: str = "ke-hoach.txt"):
    file = SimpleUploadedFile(name, SAMPLE.read_bytes() if data is None else data)
    return client.post(UPLOAD, {"file": file, "org_unit": province.pk})


@pytest.fixture
def draft(browser_client, province, media):
    response = upload(browser_client, province)
    assert response.status_code == 302
    return PlanDraft.objects.get()


def page_error(response) -> str:
    match = re.search(r'<p class="upload-error"[^>]*>(.*?)</p>', response.content.decode(), re.S)
    assert match, "no error message in the page"
    return match.group(1)


def test_it_reads_an_upload_and_shows_it_beside_its_text(browser_client, draft):
    response = browser_client.get(f"/ingest/drafts/{draft.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="ingest-objective"') == 6
    assert 'href="#ev-1"' in html and '<mark class="ev" data-ev="1" id="ev-1">' in html
    mark = re.search(r'<mark class="ev" data-ev="1" id="ev-1">(.*?)</mark>', html, re.S)
    assert "đạt 75%" in mark.group(1)
    assert "gem/ingest.js" in html and "onclick" not in html and "<script>" not in html


@pytest.mark.parametrize(
    "data, name, words",
    [
        (b"", "empty.txt", "empty"),
        (bytes(range(256)) * 40, "junk.txt", "not accepted"),
        (image_only_pdf(), "scan.pdf", "no text layer"),
        ("Hội thảo về vai trò của phụ nữ.".encode(), "news.txt", "not a plan"),
    ],
)
def test_it_shows_a_bad_file_in_one_line_storing_nothing(
    browser_client, province, media, data, name, words
):
    response = upload(browser_client, province, data, name)
    assert response.status_code == 400
    message = page_error(response)
    assert words in message and "\n" not in message.strip()
    assert PlanDraft.objects.count() == 0 and stored_files(media) == []


def test_it_refuses_an_oversized_file_before_reading_it(browser_client, province, media, settings):
    settings.GEM_MAX_UPLOAD_BYTES = 2000
    response = upload(browser_client, province)
    assert response.status_code == 400
    assert "too large" in page_error(response)
    assert PlanDraft.objects.count() == 0 and stored_files(media) == []


def test_it_answers_in_vietnamese_by_default(consolidator, province, media):
    client = Client()
    client.force_login(consolidator)
    response = upload(client, province, image_only_pdf(), "scan.pdf")
    assert "OCR" in page_error(response) and "text layer" not in page_error(response)


def edit(client, draft, **changes):
    url = f"/ingest/drafts/{draft.pk}/edit/"
    data = form_fields(client.get(url).content.decode())
    for name, value in changes.items():
        data[name] = value if isinstance(value, list) else [value]
    return client.post(url, data)


def test_it_saves_a_corrected_target_with_a_decimal_comma(browser_client, draft):
    before = draft.plan_data
    response = edit(browser_client, draft, **{"o0i0t-0-value": "80,5", "o0i0t-0-label": "nữ"})
    assert response.status_code == 302, re.findall(r"errorlist.{0,200}", response.content.decode())
    draft.refresh_from_db()
    target = draft.plan_data["objectives"][0]["indicators"][0]["targets"][0]
    assert (target["value"], target["label"]) == (80.5, "nữ")
    assert draft.plan_data["objectives"][1:] == before["objectives"][1:]
    assert draft.plan_data["assignments"] == before["assignments"]
    assert draft.plan_data["reporting"] == before["reporting"]
    assert draft.evidence["objectives[0].indicators[0].targets[0]"] is not None


def test_it_adds_and_removes_targets(browser_client, draft):
    before = draft.plan_data["objectives"][2]["indicators"][1]["targets"]
    assert len(before) == 2
    response = edit(
        browser_client,
        draft,
        **{"o2i1t-0-DELETE": "on", "o0i0t-1-value": "90", "o0i0t-1-year": "2028"},
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.plan_data["objectives"][2]["indicators"][1]["targets"] == before[1:]
    added = draft.plan_data["objectives"][0]["indicators"][0]["targets"][1]
    assert added == {
        "value": 90,
        "unit": "%",
        "comparator": ">=",
        "year": 2028,
        "baseline": None,
        "label": None,
    }


def test_it_shows_errors_next_to_the_field_and_saves_nothing(browser_client, draft):
    before = draft.plan_data
    response = edit(browser_client, draft, **{"o0i0t-0-value": "abc"})
    assert response.status_code == 400
    html = response.content.decode()
    assert re.search(r'name="o0i0t-0-value".*?<ul class="errorlist"', html, re.S)
    assert "Enter a number" in html
    response = edit(browser_client, draft, **{"a-0-indicators": "1.1, 9.9"})
    assert response.status_code == 400
    html = response.content.decode()
    assert re.search(r'name="a-0-indicators"[^>]*>\s*<ul class="errorlist[^>]*><li>unknown', html)
    draft.refresh_from_db()
    assert draft.plan_data == before


def test_it_confirms_a_draft_and_lands_on_the_plan(browser_client, draft, province):
    edit(browser_client, draft, **{"o0i0t-0-value": "77"})
    response = browser_client.post(f"/ingest/drafts/{draft.pk}/confirm/")
    plan = Plan.objects.get(org_unit=province, title=draft.plan_data["title"])
    assert response.status_code == 302 and response.url == f"/plans/{plan.pk}/"
    assert Target.objects.get(part__indicator__plan=plan, part__indicator__code="1.1").value == 77
    assert browser_client.get(response.url).status_code == 200
    response = browser_client.post(f"/ingest/drafts/{draft.pk}/confirm/")
    assert response.status_code == 302 and Plan.objects.filter(org_unit=province).count() == 1


def test_it_discards_a_draft(browser_client, draft):
    response = browser_client.post(f"/ingest/drafts/{draft.pk}/discard/")
    assert response.status_code == 302 and response.url == "/ingest/"
    draft.refresh_from_db()
    assert draft.status == PlanDraft.Status.DISCARDED
    assert draft.original_name not in browser_client.get("/ingest/").content.decode()


def test_it_lists_the_users_drafts_with_a_nav_link(browser_client, draft):
    html = browser_client.get("/ingest/").content.decode()
    assert f'href="/ingest/drafts/{draft.pk}/"' in html
    assert 'href="/ingest/"' in browser_client.get("/plans/").content.decode()


def test_it_shows_text_from_documents_as_text(browser_client, province, media):
    text = SAMPLE.read_text(encoding="utf-8") + "\nGhi chú: <img src=x onerror=alert(1)>\n"
    upload(browser_client, province, text.encode())
    draft = PlanDraft.objects.get()
    edit(browser_client, draft, **{"m-title": "<script>alert(1)</script>"})
    for url in (f"/ingest/drafts/{draft.pk}/", f"/ingest/drafts/{draft.pk}/edit/", "/ingest/"):
        html = browser_client.get(url).content.decode()
        assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    html = browser_client.get(f"/ingest/drafts/{draft.pk}/").content.decode()
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_it_flags_low_confidence_items_until_checked(browser_client, province, media):
    sentence = (
        "Phần đầu đến năm 2030 đạt 75% các cơ quan nhà nước, chính quyền địa phương có "
        "lãnh đạo chủ chốt là nữ."
    )
    text = SAMPLE.read_text(encoding="utf-8").replace(sentence, "Quan tâm tới cán bộ nữ.")
    upload(browser_client, province, text.encode())
    draft = PlanDraft.objects.get()
    html = browser_client.get(f"/ingest/drafts/{draft.pk}/").content.decode()
    assert 'class="card ingest-warnings"' in html and "yes/no commitment" in html
    assert 'href="#item-objectives-0-indicators-0"' in html
    edit(browser_client, draft, reviewed="objectives[0].indicators[0]")
    html = browser_client.get(f"/ingest/drafts/{draft.pk}/").content.decode()
    assert "ingest-warnings" not in html


def test_it_keeps_drafts_to_those_who_manage_the_unit(draft, make_user, province, other_province):
    reporter = make_user("reporter-38", Role.REPORTER, province)
    foreign = make_user("consolidator-01", Role.CONSOLIDATOR, other_province)
    client = Client()
    client.force_login(reporter)
    assert client.get(UPLOAD).status_code == 403
    assert client.get("/ingest/").status_code == 403
    assert client.get(f"/ingest/drafts/{draft.pk}/").status_code == 404
    assert 'href="/ingest/"' not in client.get("/plans/").content.decode()
    client.force_login(foreign)
    for suffix in ("", "edit/", "file/"):
        assert client.get(f"/ingest/drafts/{draft.pk}/{suffix}").status_code == 404
    for suffix in ("confirm/", "discard/"):
        assert client.post(f"/ingest/drafts/{draft.pk}/{suffix}").status_code == 404
    response = client.post(UPLOAD, {"file": SimpleUploadedFile("a.txt", b"x"), "org_unit": 1})
    assert response.status_code == 400 and PlanDraft.objects.count() == 1


def test_it_serves_the_uploaded_file_as_an_attachment(browser_client, draft):
    response = browser_client.get(f"/ingest/drafts/{draft.pk}/file/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == SAMPLE.read_bytes()


def test_it_names_the_field_when_confirming_an_invalid_plan(browser_client, draft):
    broken = {**draft.plan_data, "assignments": [{"agency": "Sở X", "role": "boss"}]}
    PlanDraft.objects.filter(pk=draft.pk).update(plan_data=broken)
    plans = Plan.objects.count()
    response = browser_client.post(f"/ingest/drafts/{draft.pk}/confirm/", follow=True)
    assert "assignments[0].role" in response.content.decode()
    assert Plan.objects.count() == plans
    assert PlanDraft.objects.get().status == PlanDraft.Status.DRAFT


def test_it_reports_a_conflict_instead_of_overwriting(browser_client, draft):
    url = f"/ingest/drafts/{draft.pk}/edit/"
    stale = form_fields(browser_client.get(url).content.decode())
    assert edit(browser_client, draft, **{"o0i0t-0-value": "81"}).status_code == 302
    stale["o0i0t-0-value"] = ["82"]
    response = browser_client.post(url, stale)
    assert response.status_code == 400 and "Someone else saved" in page_error(response)
    draft.refresh_from_db()
    assert draft.plan_data["objectives"][0]["indicators"][0]["targets"][0]["value"] == 81
