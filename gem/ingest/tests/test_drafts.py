"""Plan drafts: upload -> correct -> confirm, through the services, with real files on disk."""

import copy
import io
from decimal import Decimal
from pathlib import PurePosixPath

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter

from gem.accounts.models import Role
from gem.core.errors import (
    Conflict,
    FormatError,
    NotFound,
    PermissionDenied,
    ValidationError,
    WorkflowError,
)
from gem.core.models import AuditEvent
from gem.ingest import selectors, services
from gem.ingest.models import PlanDraft
from gem.ingest.tests.conftest import CORPUS, FIXTURES
from gem.plans.models import Plan, Target

SAMPLE = FIXTURES / "thanh-hoa-2026-2030.txt"
FIRST_TARGET = "objectives[0].indicators[0].targets[0]"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def stored_files(media) -> list:
    return [p for p in media.rglob("*") if p.is_file()] if media.exists() else []


def upload(data: bytes | None = None, name: str = "ke-hoach.txt"):
    return SimpleUploadedFile(name, SAMPLE.read_bytes() if data is None else data)


def image_only_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def draft(media, province, consolidator):
    return services.draft_create(upload=upload(), org_unit=province, actor=consolidator)


def test_it_reads_an_uploaded_plan_into_a_draft(draft, media):
    assert draft.status == PlanDraft.Status.DRAFT
    assert len(draft.plan_data["objectives"]) == 6
    assert draft.plan_data["title"].endswith("tỉnh Thanh Hóa")
    assert draft.original_name == "ke-hoach.txt" and draft.size == SAMPLE.stat().st_size
    start, end = draft.evidence[FIRST_TARGET]
    assert "75%" in draft.source_text[start:end]
    assert draft.file.name.startswith("uploads/plans/")
    assert (media / draft.file.name).read_bytes() == SAMPLE.read_bytes()
    assert AuditEvent.objects.filter(action="plan_draft.create", object_id=str(draft.pk)).exists()


@pytest.mark.parametrize(
    "data, name, words",
    [
        (b"", "empty.txt", "empty"),
        (bytes(range(256)) * 40, "junk.txt", "not accepted"),
        (b"PK\x03\x04" + bytes(range(256)) * 8, "junk.docx", "damaged"),
        (image_only_pdf(), "scan.pdf", "no text layer"),
        ("Hội thảo về vai trò của phụ nữ.".encode(), "news.txt", "not a plan"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "photo.png", "not accepted"),
    ],
)
def test_it_refuses_bad_files_in_one_line_storing_nothing(
    media, province, consolidator, data, name, words
):
    with pytest.raises(ValidationError) as caught:
        services.draft_create(upload=upload(data, name), org_unit=province, actor=consolidator)
    assert words in caught.value.message and "\n" not in caught.value.message
    assert caught.value.field == "file"
    assert PlanDraft.objects.count() == 0 and stored_files(media) == []


def test_it_refuses_an_oversized_file_storing_nothing(media, settings, province, consolidator):
    settings.GEM_MAX_UPLOAD_BYTES = 1000
    with pytest.raises(ValidationError, match="too large"):
        services.draft_create(upload=upload(), org_unit=province, actor=consolidator)
    assert PlanDraft.objects.count() == 0 and stored_files(media) == []


def test_it_lets_only_those_who_manage_the_unit_upload(
    media, province, other_province, make_user, consolidator
):
    reporter = make_user("reporter-38", Role.REPORTER, province)
    leader = make_user("leader-38", Role.LEADER, province)
    for actor, unit in ((reporter, province), (leader, province), (consolidator, other_province)):
        with pytest.raises(PermissionDenied):
            services.draft_create(upload=upload(), org_unit=unit, actor=actor)
    assert PlanDraft.objects.count() == 0 and stored_files(media) == []


def test_it_refuses_a_parent_plan_below_or_beside_the_unit(media, demo, other_province, admin_user):
    province_plan = Plan.objects.filter(org_unit__code="38", is_demo=True, level="province").first()
    with pytest.raises(ValidationError, match="unit above"):
        services.draft_create(
            upload=upload(), org_unit=other_province, parent=province_plan, actor=admin_user
        )
    assert stored_files(media) == []


def edited(draft, **target_changes) -> dict:
    data = copy.deepcopy(draft.plan_data)
    target = data["objectives"][0]["indicators"][0]["targets"][0]
    target.update(target_changes)
    return data


def test_it_saves_corrections_as_json_numbers(draft, consolidator):
    services.draft_update(
        draft=draft, plan_data=edited(draft, value=Decimal("80.5")), actor=consolidator
    )
    draft.refresh_from_db()
    assert draft.plan_data["objectives"][0]["indicators"][0]["targets"][0]["value"] == 80.5
    assert draft.version == 2
    assert AuditEvent.objects.filter(action="plan_draft.update").count() == 1


def test_it_refuses_an_invalid_correction_naming_the_field(draft, consolidator):
    before = copy.deepcopy(draft.plan_data)
    with pytest.raises(FormatError) as caught:
        services.draft_update(draft=draft, plan_data=edited(draft, unit="kg"), actor=consolidator)
    assert caught.value.field == f"{FIRST_TARGET}.unit"
    draft.refresh_from_db()
    assert draft.plan_data == before and draft.version == 1


def test_it_reports_a_conflict_when_someone_saved_in_between(draft, consolidator):
    services.draft_update(draft=draft, plan_data=edited(draft, value=76), actor=consolidator)
    with pytest.raises(Conflict):
        services.draft_update(
            draft=draft, plan_data=edited(draft, value=77), actor=consolidator, version=1
        )


def test_it_moves_evidence_with_a_target_when_one_before_it_is_removed(draft, consolidator):
    path = "objectives[2].indicators[1]"
    second = draft.evidence[f"{path}.targets[1]"]
    data = copy.deepcopy(draft.plan_data)
    targets = data["objectives"][2]["indicators"][1]["targets"]
    data["objectives"][2]["indicators"][1]["targets"] = targets[1:]
    services.draft_update(
        draft=draft,
        plan_data=data,
        actor=consolidator,
        origins={f"{path}.targets[0]": f"{path}.targets[1]"},
    )
    assert draft.evidence[f"{path}.targets[0]"] == second
    assert f"{path}.targets[1]" not in draft.evidence


@pytest.fixture
def flagged_draft(media, province, consolidator):
    sentence = (
        "Phần đầu đến năm 2030 đạt 75% các cơ quan nhà nước, chính quyền địa phương có "
        "lãnh đạo chủ chốt là nữ."
    )
    text = SAMPLE.read_text(encoding="utf-8").replace(sentence, "Quan tâm tới cán bộ nữ.")
    return services.draft_create(
        upload=upload(text.encode()), org_unit=province, actor=consolidator
    )


def test_it_keeps_warnings_until_the_item_is_corrected_or_reviewed(flagged_draft, consolidator):
    draft = flagged_draft
    assert [p for p, _m in draft.warnings] == ["objectives[0].indicators[0]"]
    other = copy.deepcopy(draft.plan_data)
    other["title"] = "Kế hoạch đã sửa"
    services.draft_update(draft=draft, plan_data=other, actor=consolidator)
    assert len(draft.warnings) == 1
    services.draft_update(
        draft=draft,
        plan_data=edited(draft, value=75, unit="%", comparator=">="),
        actor=consolidator,
    )
    assert draft.warnings == []


def test_it_clears_a_warning_marked_as_reviewed(flagged_draft, consolidator):
    services.draft_update(
        draft=flagged_draft,
        plan_data=flagged_draft.plan_data,
        actor=consolidator,
        reviewed=["objectives[0].indicators[0]"],
    )
    assert flagged_draft.warnings == []


def test_it_confirms_a_draft_into_a_plan(draft, consolidator, province):
    services.draft_update(draft=draft, plan_data=edited(draft, value=80), actor=consolidator)
    plan = services.draft_confirm(draft=draft, actor=consolidator)
    draft.refresh_from_db()
    assert draft.status == PlanDraft.Status.CONFIRMED and draft.confirmed_plan == plan
    assert plan.org_unit == province and plan.objectives.count() == 6
    first = Target.objects.get(part__indicator__plan=plan, part__indicator__code="1.1")
    assert first.value == Decimal("80")
    with pytest.raises(WorkflowError):
        services.draft_confirm(draft=draft, actor=consolidator)
    with pytest.raises(WorkflowError):
        services.draft_update(draft=draft, plan_data=draft.plan_data, actor=consolidator)


def test_it_confirms_nothing_when_the_plan_is_invalid(draft, consolidator):
    PlanDraft.objects.filter(pk=draft.pk).update(
        plan_data={**draft.plan_data, "assignments": [{"agency": "Sở X", "role": "boss"}]}
    )
    draft.refresh_from_db()
    plans = Plan.objects.count()
    with pytest.raises(FormatError) as caught:
        services.draft_confirm(draft=draft, actor=consolidator)
    assert caught.value.field == "assignments[0].role"
    draft.refresh_from_db()
    assert draft.status == PlanDraft.Status.DRAFT and Plan.objects.count() == plans


def test_it_discards_a_draft_keeping_the_record(draft, consolidator):
    services.draft_discard(draft=draft, actor=consolidator)
    draft.refresh_from_db()
    assert draft.status == PlanDraft.Status.DISCARDED
    assert list(selectors.draft_list_for_user(user=consolidator)) == []
    assert list(selectors.draft_list_for_user(user=consolidator, include_closed=True)) == [draft]


def test_it_shows_drafts_only_to_those_who_manage_their_unit(
    draft, make_user, other_province, province
):
    foreign = make_user("consolidator-01", Role.CONSOLIDATOR, other_province)
    leader = make_user("leader-38", Role.LEADER, province)
    for user in (foreign, leader):
        with pytest.raises(NotFound):
            selectors.draft_get_for_user(pk=draft.pk, user=user)
        assert list(selectors.draft_list_for_user(user=user)) == []
        with pytest.raises(PermissionDenied):
            services.draft_discard(draft=draft, actor=user)


@pytest.mark.parametrize(
    "name",
    [
        "quang-tri-2026-2030.docx",
        "ha-tinh-2026-2030.pdf",
        "binh-dinh-2026.md",
        "xa-thoi-lai-2026.tcvn3.txt",
        "xa-thoi-lai-2026.vni.txt",
    ],
)
def test_it_reads_every_accepted_kind_of_document(media, province, consolidator, name):
    data = (CORPUS / name).read_bytes()
    draft = services.draft_create(upload=upload(data, name), org_unit=province, actor=consolidator)
    assert draft.plan_data["objectives"] and draft.source_text
    assert draft.file.name.endswith(PurePosixPath(name).suffix)
