"""Writes to plan drafts: upload a document, correct what was read, confirm it as a plan.

    draft = draft_create(upload=request.FILES["file"], org_unit=unit, parent=None, actor=user)
    draft_update(draft=draft, plan_data=corrected, actor=user)
    plan = draft_confirm(draft=draft, actor=user)

A document the extractor cannot read leaves nothing behind: no draft, no file on disk.
Only those who manage the unit (its consolidator, administrators) may do any of this.
"""

import copy
import json
import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gem.core import audit
from gem.core.errors import Conflict, PermissionDenied, ValidationError, WorkflowError
from gem.core.uploads import CONTENT_TYPES, check_upload
from gem.ingest.extract import ExtractError, extract_document
from gem.ingest.models import PlanDraft
from gem.orgs import access
from gem.orgs.models import OrgUnit
from gem.plans.calc import number_for_json
from gem.plans.models import Plan
from gem.plans.planformat import parse_plan_document
from gem.plans.services import plan_import

ALLOWED_KINDS = {"docx", "pdf", "txt", "md"}
EXTENSION = {"docx": ".docx", "pdf": ".pdf", "txt": ".txt", "md": ".md"}


def _require_manage(actor, unit: OrgUnit) -> None:
    if actor is None or not access.can_manage_unit(actor, unit):
        raise PermissionDenied(_("You may not manage the plans of this unit."))


def _require_draft(draft: PlanDraft) -> None:
    if draft.status != PlanDraft.Status.DRAFT:
        raise WorkflowError(
            _("This draft is %(status)s; it can no longer be changed.")
            % {"status": draft.get_status_display().lower()}
        )


def _check_parent(parent: Plan | None, org_unit: OrgUnit, actor) -> None:
    if parent is None:
        return
    readable = parent.is_builtin or access.can_read_unit(actor, parent.org_unit)
    if parent.is_deleted or not readable:
        raise ValidationError(_("The parent plan was not found."), field="parent")
    if not org_unit.path.startswith(parent.org_unit.path):
        raise ValidationError(
            _("The parent plan must belong to this unit or a unit above it."), field="parent"
        )


def max_upload_bytes() -> int:
    return int(getattr(settings, "GEM_MAX_UPLOAD_BYTES", 20 * 1024 * 1024))


def _read_upload(upload) -> tuple[bytes, str, str]:
    """The checked upload's bytes, its kind and its original name (without folders)."""
    limit = max_upload_bytes()
    kind = check_upload(upload, allowed=ALLOWED_KINDS, max_bytes=limit)
    upload.seek(0)
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise ValidationError(_("The file is too large."), field="file")
    name = PurePosixPath(str(upload.name or "").replace("\\", "/")).name
    return data, kind, (name or f"plan{EXTENSION[kind]}")[:255]


def draft_create(*, upload, org_unit: OrgUnit, parent: Plan | None = None, actor) -> PlanDraft:
    """Read an uploaded plan document into a draft; ValidationError (one line) if it cannot.

    The file is stored only once the document was read; if saving the draft fails, the stored
    file is removed again.
    """
    _require_manage(actor, org_unit)
    _check_parent(parent, org_unit, actor)
    data, kind, name = _read_upload(upload)
    try:
        extraction = extract_document(data, f"plan{EXTENSION[kind]}")
    except ExtractError as exc:
        raise ValidationError(exc.message, field="file") from None
    draft = PlanDraft(
        org_unit=org_unit,
        parent=parent,
        original_name=name,
        content_type=CONTENT_TYPES[kind].split(";")[0],
        size=len(data),
        plan_data=plan_json(extraction.with_optional()),
        source_text=extraction.text,
        evidence={path: list(span) for path, span in extraction.evidence.items()},
        warnings=[[path, message] for path, message in extraction.warnings],
        created_by=actor,
    )
    draft.file.save(f"plan{EXTENSION[kind]}", ContentFile(data), save=False)
    try:
        _save_new_draft(draft, actor)
    except BaseException:
        draft.file.delete(save=False)
        raise
    return draft


@transaction.atomic
def _save_new_draft(draft: PlanDraft, actor) -> None:
    draft.full_clean()
    draft.save()
    audit.record(
        actor=actor,
        action="plan_draft.create",
        obj=draft,
        after={"file": draft.original_name, "size": draft.size, "org_unit": draft.org_unit.code},
        extra={"warnings": len(draft.warnings)},
    )


def _locked(draft: PlanDraft) -> PlanDraft:
    return PlanDraft.objects.select_for_update().select_related("org_unit").get(pk=draft.pk)


@transaction.atomic
def draft_update(
    *,
    draft: PlanDraft,
    plan_data: dict,
    actor,
    origins: dict[str, str | None] | None = None,
    reviewed: Iterable[str] = (),
    version: int | None = None,
) -> PlanDraft:
    """Replace the draft's plan with a corrected one (checked against gem.plan/1).

    `origins` maps the path of a list item in `plan_data` to its path before the edit (None for
    a new item), so its evidence follows it; unlisted paths keep theirs. A warning stays until
    its item changes or its path is in `reviewed`. `version`, when given, must be the version
    the editor started from (else Conflict: someone saved in between).
    """
    current = _locked(draft)
    _require_manage(actor, current.org_unit)
    _require_draft(current)
    if version is not None and version != current.version:
        raise Conflict(
            _("Someone else saved this draft while you were editing it. Reload it and try again.")
        )
    new_data = plan_json(plan_data)
    parse_plan_document(new_data)
    before = current.plan_data
    paths = remap(new_data, origins)
    current.warnings = resolve_warnings(current.warnings, before, new_data, paths, set(reviewed))
    current.evidence = {
        new: current.evidence[old] for new, old in paths.items() if old in current.evidence
    }
    current.plan_data = new_data
    current.version += 1
    current.save(update_fields=["plan_data", "warnings", "evidence", "version", "updated_at"])
    audit.record(
        actor=actor,
        action="plan_draft.update",
        obj=current,
        extra={"version": current.version, "warnings": len(current.warnings)},
    )
    _copy_state(current, draft)
    return draft


@transaction.atomic
def draft_confirm(*, draft: PlanDraft, actor) -> Plan:
    """Create the plan from the draft (all or nothing); FormatError names the bad field."""
    current = _locked(draft)
    _require_manage(actor, current.org_unit)
    _require_draft(current)
    plan = plan_import(
        data=copy.deepcopy(current.plan_data),
        org_unit=current.org_unit,
        actor=actor,
        parent=current.parent,
    )
    current.status = PlanDraft.Status.CONFIRMED
    current.confirmed_plan = plan
    current.confirmed_at = timezone.now()
    current.full_clean()
    current.save(update_fields=["status", "confirmed_plan", "confirmed_at", "updated_at"])
    audit.record(
        actor=actor,
        action="plan_draft.confirm",
        obj=current,
        before={"status": PlanDraft.Status.DRAFT},
        after={"status": current.status, "plan": plan.pk},
    )
    _copy_state(current, draft)
    return plan


@transaction.atomic
def draft_discard(*, draft: PlanDraft, actor) -> PlanDraft:
    """Set a draft aside (kept, with its file, for the record; never hard-deleted)."""
    current = _locked(draft)
    _require_manage(actor, current.org_unit)
    _require_draft(current)
    current.status = PlanDraft.Status.DISCARDED
    current.save(update_fields=["status", "updated_at"])
    audit.record(
        actor=actor,
        action="plan_draft.discard",
        obj=current,
        before={"status": PlanDraft.Status.DRAFT},
        after={"status": current.status},
    )
    _copy_state(current, draft)
    return draft


def _copy_state(source: PlanDraft, target: PlanDraft) -> None:
    if source is target:
        return
    for field in ("plan_data", "warnings", "evidence", "version", "status", "updated_at"):
        setattr(target, field, getattr(source, field))
    target.confirmed_plan = source.confirmed_plan
    target.confirmed_at = source.confirmed_at


def plan_json(plan: dict) -> dict:
    """A deep copy in plain JSON types: Decimals become JSON numbers, as gem.plan/1 has them."""
    if not isinstance(plan, dict):
        raise ValidationError(_("a gem.plan/1 document must be a JSON object"), field="document")
    return json.loads(json.dumps(plan, default=_number))


def _number(value):
    if isinstance(value, Decimal):
        return number_for_json(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


# --- Paths of a gem.plan/1 document ("objectives[1].indicators[0].targets[2]") -------------

METADATA = ("title", "issuer", "level", "area", "period", "legal_bases", "parent")
_STEP = re.compile(r"^([a-z_]+)(?:\[(\d+)\])?$")


def item_paths(plan: dict) -> list[str]:
    """Every metadata key and list item of a plan, as JSON paths."""
    paths = [key for key in METADATA if key in plan]
    for i, objective in enumerate(plan.get("objectives") or []):
        paths.append(f"objectives[{i}]")
        for j, indicator in enumerate(objective.get("indicators") or []):
            paths.append(f"objectives[{i}].indicators[{j}]")
            for k, _target in enumerate(indicator.get("targets") or []):
                paths.append(f"objectives[{i}].indicators[{j}].targets[{k}]")
    for section in ("assignments", "reporting"):
        paths.extend(f"{section}[{i}]" for i in range(len(plan.get(section) or [])))
    return paths


def value_at(plan: dict, path: str):
    """The value at a JSON path, or None when the path does not exist."""
    node = plan
    for step in path.split("."):
        match = _STEP.match(step)
        if match is None or not isinstance(node, dict):
            return None
        node = node.get(match.group(1))
        if match.group(2) is not None:
            index = int(match.group(2))
            if not isinstance(node, list) or index >= len(node):
                return None
            node = node[index]
    return node


def remap(plan: dict, origins: dict[str, str | None] | None) -> dict[str, str]:
    """{path in the new plan: its path before the edit}, for items that existed before."""
    origins = origins or {}
    out = {}
    for path in item_paths(plan):
        old = origins.get(path, path)
        if old is not None:
            out[path] = old
    return out


def resolve_warnings(
    warnings: list, before: dict, after: dict, paths: dict[str, str], reviewed: set[str]
) -> list[list[str]]:
    """The warnings still open: their item kept (moved with it) and unchanged, not reviewed."""
    new_path = {old: new for new, old in paths.items()}
    kept = []
    for old, message in warnings:
        new = new_path.get(old)
        if new is None or old in reviewed or new in reviewed:
            continue
        if value_at(before, old) != value_at(after, new):
            continue
        kept.append([new, message])
    return kept
