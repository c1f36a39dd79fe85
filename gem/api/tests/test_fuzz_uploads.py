"""The corpus of hostile uploads against every place GEM takes a file: the plan extractor
itself, the plan upload page, evidence on a form and the Excel import of a form. Each one is
refused with a message; none is stored; nothing answers 500."""

from pathlib import PurePosixPath

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from gem.core.errors import GemError
from gem.core.tests.test_hostile_uploads import HOSTILE
from gem.ingest.extract import extract_document
from gem.ingest.models import PlanDraft
from gem.reporting.models import Evidence

pytest_plugins = ["gem.reporting.tests.fixtures"]

CASES = sorted(HOSTILE)
EXTRACTOR_CASES = list(CASES)


def renamed(name: str, data: bytes, ext: str) -> SimpleUploadedFile:
    """The hostile file under the extension the endpoint asks for (a lie, when it differs)."""
    return SimpleUploadedFile(PurePosixPath(name).stem + ext, data)


@pytest.mark.parametrize("case", EXTRACTOR_CASES)
def test_the_extractor_refuses_hostile_bytes_with_its_own_error(case):
    name, data = HOSTILE[case]
    try:
        extract_document(data, name)
    except GemError as exc:
        assert exc.message
    # A document that reads as text (e.g. a page of HTML) may yield a plan of nothing: fine.


@pytest.mark.parametrize("case", CASES)
def test_the_plan_upload_page_refuses_hostile_files(case, client, consolidator, province):
    name, data = HOSTILE[case]
    client.force_login(consolidator)
    response = client.post(
        "/ingest/upload/", {"file": renamed(name, data, ".docx"), "org_unit": province.pk}
    )
    assert response.status_code == 400, response.status_code
    assert not PlanDraft.objects.exists()


@pytest.mark.parametrize("case", CASES)
def test_evidence_and_excel_uploads_refuse_hostile_files(
    case, client, syt_form, syt_reporter, settings
):
    settings.GEM_MAX_UPLOAD_BYTES = 1024 * 1024  # the corpus's oversized file is 1 MB + 1
    name, data = HOSTILE[case]
    client.force_login(syt_reporter)
    form_url = f"/reporting/forms/{syt_form.period_id}/{syt_form.agency_id}/"
    response = client.post(f"{form_url}evidence/", {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 302
    assert not Evidence.objects.exists()
    response = client.post(f"{form_url}xlsx/import/", {"file": renamed(name, data, ".xlsx")})
    assert response.status_code in (200, 302, 400)
    assert "token" not in (response.context or {}) or response.context.get("token") is None
