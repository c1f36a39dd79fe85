"""Evidence attachments: checked by content, soft-deleted, audited, locked with the form."""

from decimal import Decimal as D

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from gem.core.errors import PermissionDenied, ValidationError, WorkflowError
from gem.core.models import AuditEvent
from gem.reporting.services import (
    ValueEntry,
    evidence_add,
    evidence_remove,
    submission_submit,
    values_save,
)

pytest_plugins = ["gem.reporting.tests.fixtures"]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def pdf(name="bien-ban.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def test_a_pdf_is_attached_and_removed(syt_form, syt_reporter):
    evidence = evidence_add(submission=syt_form, upload=pdf(), actor=syt_reporter)
    assert evidence.original_name == "bien-ban.pdf" and evidence.content_type == "application/pdf"
    assert evidence.size == len(PDF) and evidence.file.read() == PDF
    syt_form.refresh_from_db()
    assert syt_form.version == 2
    evidence_remove(evidence=evidence, actor=syt_reporter)
    evidence.refresh_from_db()
    assert evidence.is_deleted
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"evidence.add", "evidence.remove"} <= actions


def test_executables_and_mislabelled_files_are_refused(syt_form, syt_reporter):
    for upload in (
        SimpleUploadedFile("virus.exe", b"MZ\x90\x00" + b"\x00" * 60),
        SimpleUploadedFile("anh.png", PDF),
        SimpleUploadedFile("trang.html", b"<html><script>alert(1)</script></html>"),
    ):
        with pytest.raises(ValidationError):
            evidence_add(submission=syt_form, upload=upload, actor=syt_reporter)
    assert not syt_form.evidence.exists()


def test_oversized_files_are_refused(syt_form, syt_reporter, settings):
    settings.GEM_MAX_UPLOAD_BYTES = 10
    with pytest.raises(ValidationError):
        evidence_add(submission=syt_form, upload=pdf(), actor=syt_reporter)


def test_others_and_locked_forms_take_no_evidence(syt_form, syt_reporter, snv_reporter):
    with pytest.raises(PermissionDenied):
        evidence_add(submission=syt_form, upload=pdf(), actor=snv_reporter)
    values_save(
        submission=syt_form,
        entries=[ValueEntry("4.1", 0, numerator=D(5400), denominator=D(4950))],
        actor=syt_reporter,
    )
    submission_submit(submission=syt_form, actor=syt_reporter)
    with pytest.raises(WorkflowError):
        evidence_add(submission=syt_form, upload=pdf(), actor=syt_reporter)
