"""Evidence files: attached to a form, downloaded only through the access-checked view."""
# ruff: noqa: F811  (pytest fixtures imported from gem.reporting.tests.fixtures)

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from gem.reporting.models import Evidence
from gem.reporting.services import evidence_add
from gem.reporting.tests.fixtures import (  # noqa: F401
    outsider,
    period,
    rplan,
    snv,
    snv_form,
    snv_reporter,
    syt,
    syt_form,
    syt_reporter,
)

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def url(period, snv):
    return f"/reporting/forms/{period.pk}/{snv.pk}/"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def pdf(name="bien-ban.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def test_a_reporter_attaches_and_downloads_a_file(client, snv_reporter, snv_form, url):
    client.force_login(snv_reporter)
    response = client.post(f"{url}evidence/", {"file": pdf()}, follow=True)
    assert "Đã đính kèm bien-ban.pdf." in response.content.decode()
    evidence = Evidence.objects.get(submission=snv_form)
    download = client.get(f"{url}evidence/{evidence.pk}/")
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content) == PDF


def test_a_removed_file_is_no_longer_served(client, snv_reporter, snv_form, url):
    evidence = evidence_add(submission=snv_form, upload=pdf(), actor=snv_reporter)
    client.force_login(snv_reporter)
    response = client.post(f"{url}evidence/{evidence.pk}/remove/", follow=True)
    assert "Đã gỡ bien-ban.pdf." in response.content.decode()
    assert client.get(f"{url}evidence/{evidence.pk}/").status_code == 404
    assert "bien-ban.pdf" not in client.get(url).content.decode()


def test_another_forms_file_is_not_found_through_this_form(
    client, snv_reporter, syt_form, syt_reporter, url
):
    evidence = evidence_add(submission=syt_form, upload=pdf(), actor=syt_reporter)
    client.force_login(snv_reporter)
    assert client.get(f"{url}evidence/{evidence.pk}/").status_code == 404


def test_another_units_user_gets_404(client, outsider, snv_form, snv_reporter, url):
    evidence = evidence_add(submission=snv_form, upload=pdf(), actor=snv_reporter)
    client.force_login(outsider)
    assert client.get(f"{url}evidence/{evidence.pk}/").status_code == 404
    assert client.post(f"{url}evidence/", {"file": pdf()}).status_code == 404


def test_a_refused_file_gives_a_message_and_stores_nothing(client, snv_reporter, snv_form, url):
    client.force_login(snv_reporter)
    bad = SimpleUploadedFile("script.exe", b"MZ...", content_type="application/octet-stream")
    response = client.post(f"{url}evidence/", {"file": bad}, follow=True)
    assert response.status_code == 200
    assert "PDF" in response.content.decode()  # what is accepted
    response = client.post(f"{url}evidence/", {}, follow=True)
    assert "Hãy chọn tệp để tải lên." in response.content.decode()
    assert not Evidence.objects.exists()
