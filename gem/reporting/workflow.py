"""A form's life: open, narratives and evidence, submit, return, approve, reopen."""

from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gem.core import audit
from gem.core.errors import PermissionDenied, ValidationError, WorkflowError
from gem.core.uploads import CONTENT_TYPES, check_upload
from gem.orgs.models import Agency
from gem.plans.models import Objective
from gem.reporting import rules
from gem.reporting.models import DataValue, Evidence, Narrative, ReportingPeriod, Submission
from gem.reporting.validation import SEXES, check_part
from gem.reporting.values import (
    SaveSummary,
    bump_version,
    check_version,
    entry_lock_reason,
    lock_submission,
    problem,
    require_write,
    values_save,
)

S = Submission.Status
EVIDENCE_KINDS = {"pdf", "docx", "xlsx", "odt", "ods", "png", "jpeg", "txt"}


@transaction.atomic
def submission_open(*, period: ReportingPeriod, agency: Agency, actor) -> Submission:
    """The agency's form for the period, created as a draft the first time."""
    plan = period.plan
    unit = plan.org_unit
    if actor is not None and not rules.can_write(actor, unit, agency):
        raise PermissionDenied(_("You may not open this agency's form."))
    found = Submission.objects.filter(period=period, agency=agency).first()
    if found is not None:
        return found
    if not plan.assignments.filter(agency=agency).exists():
        raise ValidationError(
            _("%(agency)s has no assignment in this plan.") % {"agency": agency.name},
            field="agency",
        )
    if period.status == ReportingPeriod.Status.CLOSED:
        raise WorkflowError(_("The period %(code)s is closed.") % {"code": period.code})
    sub = Submission(period=period, agency=agency, org_unit=unit)
    sub.full_clean()
    sub.save()
    audit.record(actor=actor, action="submission.open", obj=sub, after={"status": sub.status})
    return sub


def _require_editable(sub: Submission) -> None:
    reason = entry_lock_reason(sub)
    if reason:
        raise WorkflowError(reason)


@transaction.atomic
def narrative_save(
    *,
    submission: Submission,
    objective_code: str,
    text: str,
    actor,
    expected_version: int | None = None,
) -> Narrative:
    sub = lock_submission(submission)
    require_write(actor, sub)
    check_version(sub, expected_version)
    _require_editable(sub)
    code = str(objective_code).strip()
    if not Objective.objects.filter(plan=sub.period.plan, code=code).exists():
        raise ValidationError(_("Unknown objective %(code)s.") % {"code": code}, field="objective")
    narrative, _created = Narrative.objects.get_or_create(submission=sub, objective_code=code)
    text = (text or "").strip()
    if narrative.text == text and not _created:
        return narrative
    before = narrative.text
    narrative.text = text
    narrative.save(update_fields=["text", "updated_at"])
    audit.record(
        actor=actor,
        action="narrative.change",
        obj=sub,
        before={"text": before},
        after={"text": text},
        extra={"objective": code},
    )
    bump_version(sub)
    submission.version = sub.version
    return narrative


@transaction.atomic
def form_save(
    *,
    submission: Submission,
    entries: list,
    narratives: dict[str, str],
    actor,
    expected_version: int | None = None,
    dry_run: bool = False,
) -> SaveSummary:
    """Figures and narratives of one form in one transaction (the form page's "save").

    Narratives are saved only when every figure passed; a stale version raises Conflict.
    """
    summary = values_save(
        submission=submission,
        entries=entries,
        actor=actor,
        expected_version=expected_version,
        dry_run=dry_run,
    )
    if summary.ok and not dry_run:
        stored = {n.objective_code: n.text for n in Narrative.objects.filter(submission=submission)}
        for code, text in narratives.items():
            if stored.get(code, "") != (text or "").strip():
                narrative_save(submission=submission, objective_code=code, text=text, actor=actor)
        summary.version = submission.version
    return summary


@transaction.atomic
def evidence_add(*, submission: Submission, upload, actor) -> Evidence:
    """Attach a file (PDF, Word, Excel, image) to the form."""
    sub = lock_submission(submission)
    require_write(actor, sub)
    _require_editable(sub)
    kind = check_upload(upload, allowed=EVIDENCE_KINDS, max_bytes=settings.GEM_MAX_UPLOAD_BYTES)
    name = Path(str(getattr(upload, "name", "") or "").replace("\\", "/")).name
    evidence = Evidence(
        submission=sub,
        file=upload,
        original_name=name[:255],
        content_type=CONTENT_TYPES[kind][:100],
        size=upload.size,
        uploaded_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    evidence.save()
    audit.record(actor=actor, action="evidence.add", obj=sub, after={"file": name})
    bump_version(sub)
    submission.version = sub.version
    return evidence


@transaction.atomic
def evidence_remove(*, evidence: Evidence, actor) -> Evidence:
    sub = lock_submission(evidence.submission)
    require_write(actor, sub)
    _require_editable(sub)
    evidence = Evidence.objects.get(pk=evidence.pk, submission=sub)
    if not evidence.is_deleted:
        evidence.is_deleted = True
        evidence.save(update_fields=["is_deleted", "updated_at"])
        audit.record(
            actor=actor, action="evidence.remove", obj=sub, before={"file": evidence.original_name}
        )
        bump_version(sub)
    return evidence


def submission_problems(sub: Submission) -> list[dict]:
    """What blocks submitting: no figures at all, or warnings without a comment."""
    values = list(DataValue.objects.filter(submission=sub).select_related("part__indicator"))
    if not values:
        return [problem(("", 0), "", "", _("Enter at least one figure before submitting."))]
    stored = {(dv.part_id, dv.sex): dv for dv in values}
    parts = {dv.part_id: dv.part for dv in values}
    previous = rules.previous_figs(sub.period, sub.agency, list(parts.values()))
    out = []
    for part_id, part in parts.items():
        figs = {s: rules.fig_of(stored[(part_id, s)]) for s in SEXES if (part_id, s) in stored}
        prev = {s: previous[(part_id, s)] for s in SEXES if (part_id, s) in previous}
        for p in check_part(rules.part_rule(part), figs, prev):
            if p.level == "warning" and not stored[(part_id, p.sex)].comment.strip():
                msg = _("%(message)s A comment is required before submitting.") % {
                    "message": p.message
                }
                out.append(problem((part.indicator.code, part.number), p.sex, p.field, msg))
    return out


def _transition(sub: Submission, actor, action: str, to: str, fields: list, **extra) -> None:
    before = sub.status
    sub.status = to
    sub.version += 1
    sub.full_clean()
    sub.save(update_fields=["status", "version", "updated_at", *fields])
    audit.record(
        actor=actor,
        action=action,
        obj=sub,
        before={"status": before},
        after={"status": to, **extra},
    )


@transaction.atomic
def submission_submit(
    *, submission: Submission, actor, expected_version: int | None = None
) -> Submission:
    sub = lock_submission(submission)
    require_write(actor, sub)
    check_version(sub, expected_version)
    if sub.status not in rules.EDITABLE_STATUSES:
        raise WorkflowError(_("Only a draft or returned form can be submitted."))
    _require_editable(sub)
    problems = submission_problems(sub)
    if problems:
        raise ValidationError(_("The form cannot be submitted yet."), extra={"fields": problems})
    sub.submitted_by, sub.submitted_at = actor, timezone.now()
    _transition(sub, actor, "submission.submit", S.SUBMITTED, ["submitted_by", "submitted_at"])
    return sub


def _review_lock(submission: Submission, actor) -> Submission:
    sub = lock_submission(submission)
    if not rules.can_review(actor, sub.org_unit):
        raise PermissionDenied(_("Only the consolidator can review this form."))
    return sub


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give a reason."), field="reason")
    return reason


@transaction.atomic
def submission_return(*, submission: Submission, reason: str, actor) -> Submission:
    """Send a submitted form back to the agency with a reason; it can edit and resubmit."""
    sub = _review_lock(submission, actor)
    reason = _reason(reason)
    if sub.status != S.SUBMITTED:
        raise WorkflowError(_("Only a submitted form can be returned."))
    sub.return_reason = reason
    sub.reviewed_by, sub.reviewed_at = actor, timezone.now()
    fields = ["return_reason", "reviewed_by", "reviewed_at"]
    _transition(sub, actor, "submission.return", S.RETURNED, fields, reason=reason)
    return sub


@transaction.atomic
def submission_approve(*, submission: Submission, actor) -> Submission:
    """Accept a submitted form; its figures are locked until it is reopened."""
    sub = _review_lock(submission, actor)
    if sub.status != S.SUBMITTED:
        raise WorkflowError(_("Only a submitted form can be approved."))
    sub.reviewed_by, sub.reviewed_at = actor, timezone.now()
    _transition(sub, actor, "submission.approve", S.APPROVED, ["reviewed_by", "reviewed_at"])
    return sub


@transaction.atomic
def submission_reopen(*, submission: Submission, reason: str, actor) -> Submission:
    """Unlock a submitted or approved form back to draft (audited, with a reason)."""
    sub = _review_lock(submission, actor)
    reason = _reason(reason)
    if sub.status not in (S.SUBMITTED, S.APPROVED):
        raise WorkflowError(_("Only a submitted or approved form can be reopened."))
    _transition(sub, actor, "submission.reopen", S.DRAFT, [], reason=reason)
    return sub
