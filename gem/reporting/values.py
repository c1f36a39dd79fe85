"""Saving the figures of a form: all or nothing, validated, audited, guarded by a version."""

from dataclasses import asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gem.core import audit
from gem.core.errors import Conflict, PermissionDenied
from gem.reporting import hooks, rules
from gem.reporting.models import DataValue, ReportingPeriod, Submission
from gem.reporting.validation import MAX_ABS, SEXES, TOTAL, Fig, check_part, derive_total

QUANTUM = Decimal("0.0001")
UPDATE_FIELDS = ["numerator", "denominator", "value", "comment", "updated_by", "updated_at"]


@dataclass
class ValueEntry:
    """One row to save. All figures None: remove the stored row."""

    indicator: str
    part: int
    sex: str = ""  # "", "female", "male"
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    value: Decimal | None = None
    comment: str = ""

    @property
    def fig(self) -> Fig:
        return Fig(
            numerator=_q(self.numerator), denominator=_q(self.denominator), value=_q(self.value)
        )


@dataclass
class SaveSummary:
    imported: int = 0
    updated: int = 0
    ignored: int = 0
    conflicts: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    version: int = 0
    dry_run: bool = False
    deleted: int = 0

    @property
    def ok(self) -> bool:
        return not self.conflicts and not self.errors

    @property
    def status(self) -> str:
        if not self.ok:
            return "ERROR"
        return "WARNING" if self.warnings else "OK"

    def as_dict(self) -> dict:
        return {**asdict(self), "status": self.status}

    def reject(self, count: int) -> "SaveSummary":
        """Nothing stored: every entry counts as ignored."""
        self.imported = self.updated = self.deleted = 0
        self.ignored = count
        return self


def _q(value: Decimal | None) -> Decimal | None:
    """Rounded to 4 places; huge numbers are left for validation to refuse."""
    if value is None:
        return None
    value = Decimal(value)
    if not value.is_finite() or abs(value) >= MAX_ABS:
        return value
    return value.quantize(QUANTUM, rounding=ROUND_HALF_UP)


def problem(entry_or_key, sex: str, field_name: str, message: str, **more) -> dict:
    indicator, part = entry_or_key
    return {
        "indicator": indicator,
        "part": part,
        "sex": sex,
        "field": field_name,
        "message": str(message),
        **more,
    }


def lock_submission(submission: Submission) -> Submission:
    return (
        Submission.objects.select_for_update()
        .select_related("period__plan__org_unit", "agency", "org_unit")
        .get(pk=submission.pk)
    )


def check_version(sub: Submission, expected_version: int | None) -> None:
    if expected_version is not None and expected_version != sub.version:
        raise Conflict(
            _(
                "Someone else changed this form meanwhile (version %(now)s, you had "
                "%(had)s). Reload it to see their changes, then save again."
            )
            % {"now": sub.version, "had": expected_version},
            extra={"version": sub.version},
        )


def require_write(actor, sub: Submission) -> None:
    if not rules.can_write(actor, sub.org_unit, sub.agency):
        raise PermissionDenied(_("You may not enter figures for this agency."))


def entry_lock_reason(sub: Submission) -> str | None:
    if sub.period.status == ReportingPeriod.Status.CLOSED:
        return _("The period %(code)s is closed for entry.") % {"code": sub.period.code}
    if sub.status not in rules.EDITABLE_STATUSES:
        return _("The form is %(status)s and locked; it must be reopened first.") % {
            "status": sub.get_status_display().lower()
        }
    return None


def bump_version(sub: Submission) -> None:
    sub.version += 1
    sub.save(update_fields=["version", "updated_at"])


@transaction.atomic
def values_save(
    *,
    submission: Submission,
    entries: list[ValueEntry],
    actor,
    expected_version: int | None = None,
    dry_run: bool = False,
) -> SaveSummary:
    """Validate and store a batch of figures: all or nothing.

    Conflicts (unassigned indicator, support-only indicator, closed period, locked form) and
    errors leave everything unchanged. A stale `expected_version` raises Conflict.
    """
    sub = lock_submission(submission)
    require_write(actor, sub)
    check_version(sub, expected_version)
    summary = SaveSummary(version=sub.version, dry_run=dry_run)
    batch = _Batch(sub, entries, summary)
    batch.resolve()
    if summary.ok:
        batch.validate()
    if not summary.ok:
        return summary.reject(len(entries))
    changes = batch.changes()
    if not dry_run and changes:
        _write(sub, changes, actor)
        bump_version(sub)
        submission.version = summary.version = sub.version
    return summary


class _Batch:
    """The entries of one save, resolved to parts and merged with what is stored."""

    def __init__(self, sub: Submission, entries: list[ValueEntry], summary: SaveSummary):
        self.sub, self.entries, self.summary = sub, entries, summary
        self.given: dict[tuple[int, str], ValueEntry] = {}
        self.parts: dict[int, rules.AssignedPart] = {}
        self.stored: dict[tuple[int, str], DataValue] = {}
        self.state: dict[tuple[int, str], tuple[Fig, str, bool]] = {}  # fig, comment, derived

    def resolve(self) -> None:
        lock = entry_lock_reason(self.sub)
        assigned = rules.assigned_parts(self.sub.period.plan, self.sub.agency)
        for entry in self.entries:
            key = (str(entry.indicator).strip(), entry.part)
            sex = entry.sex or TOTAL
            if lock:
                self.summary.conflicts.append(problem(key, sex, "", lock))
                continue
            found = assigned.get(key)
            if found is None:
                msg = _("Indicator %(code)s (part %(part)s) is not assigned to %(agency)s.") % {
                    "code": key[0],
                    "part": key[1],
                    "agency": self.sub.agency.name,
                }
                self.summary.conflicts.append(problem(key, sex, "indicator", msg))
            elif found.role != rules.LEAD:
                msg = _("%(agency)s supports indicator %(code)s; only the lead agency enters it.")
                msg %= {"agency": self.sub.agency.name, "code": key[0]}
                self.summary.conflicts.append(problem(key, sex, "indicator", msg))
            elif sex not in SEXES:
                self.summary.errors.append(problem(key, sex, "sex", _("Unknown sex.")))
            elif (found.part.pk, sex) in self.given:
                msg = _("This row is given twice.")
                self.summary.errors.append(problem(key, sex, "indicator", msg))
            else:
                self.given[(found.part.pk, sex)] = entry
                self.parts[found.part.pk] = found

    def validate(self) -> None:
        rows = DataValue.objects.filter(submission=self.sub, part_id__in=self.parts)
        self.stored = {(dv.part_id, dv.sex): dv for dv in rows}
        previous = rules.previous_figs(
            self.sub.period, self.sub.agency, [a.part for a in self.parts.values()]
        )
        for part_id, assigned in self.parts.items():
            figs = self._merge(part_id, assigned)
            prev = {sex: previous.get((part_id, sex)) for sex in SEXES}
            prev = {k: v for k, v in prev.items() if v is not None}
            for p in check_part(rules.part_rule(assigned.part), figs, prev):
                self._report(assigned, p)

    def _merge(self, part_id: int, assigned: rules.AssignedPart) -> dict[str, Fig]:
        for (pid, sex), dv in self.stored.items():
            if pid == part_id:
                self.state[(pid, sex)] = (rules.fig_of(dv), dv.comment, False)
        for (pid, sex), entry in self.given.items():
            if pid == part_id:
                self.state[(pid, sex)] = (entry.fig, (entry.comment or "").strip(), False)
        figs = {s: f for (pid, s), (f, _c, _d) in self.state.items() if pid == part_id}
        figs = {s: f for s, f in figs.items() if not f.is_empty}
        if (part_id, TOTAL) not in self.given:
            total = derive_total(rules.part_rule(assigned.part), figs)
            if total is not None:
                old = self.state.get((part_id, TOTAL))
                self.state[(part_id, TOTAL)] = (total, old[1] if old else "", True)
                figs[TOTAL] = total
        return figs

    def _report(self, assigned: rules.AssignedPart, p) -> None:
        key = assigned.key
        if p.level == "error":
            self.summary.errors.append(problem(key, p.sex, p.field, p.message, rule=p.rule))
            return
        comment = self.state.get((assigned.part.pk, p.sex), (None, "", False))[1]
        self.summary.warnings.append(
            problem(key, p.sex, p.field, p.message, rule=p.rule, acknowledged=bool(comment))
        )

    def changes(self) -> list[tuple]:
        """(part, sex, stored DataValue | None, new Fig | None, comment) for rows that change."""
        out = []
        for (part_id, sex), (fig, comment, derived) in self.state.items():
            dv = self.stored.get((part_id, sex))
            new = None if fig.is_empty else fig
            same = (rules.fig_of(dv) == new) and (dv is None or dv.comment == comment)
            if dv is None and new is None:
                same = True
            if not derived and (part_id, sex) in self.given:
                self._count(dv, new, same)
            if not same:
                out.append((self.parts[part_id].part, sex, dv, new, comment))
        return out

    def _count(self, dv, new, same) -> None:
        if same:
            self.summary.ignored += 1
        elif dv is None:
            self.summary.imported += 1
        elif new is None:
            self.summary.deleted += 1
        else:
            self.summary.updated += 1


def _figure_dict(fig: Fig | None, comment: str = "") -> dict | None:
    if fig is None:
        return None
    return {
        "numerator": fig.numerator,
        "denominator": fig.denominator,
        "value": fig.value,
        "comment": comment,
    }


def _write(sub: Submission, changes: list[tuple], actor) -> None:
    """Store the changes with one statement per kind (delete, insert, update), then one INSERT
    of the audit events (one per value, in the order of `changes`), then tell the listeners."""
    user = actor if getattr(actor, "is_authenticated", False) else None
    written, gone, created, updated = [], [], [], []
    for part, sex, dv, new, comment in changes:
        before, before_comment = rules.fig_of(dv), (dv.comment if dv else "")
        if new is None:
            gone.append(dv.pk)
        else:
            if dv is None:
                dv = _new_value(sub, part, sex)
                created.append(dv)
            else:
                updated.append(dv)
            dv.numerator, dv.denominator, dv.value = new.numerator, new.denominator, new.value
            dv.comment, dv.updated_by = comment, user
        written.append((part, sex, dv, before, before_comment, new, comment))
    _store(gone, created, updated)
    audit.record_many(
        actor=actor,
        action="datavalue.change",
        items=[_audit_item(sub, *row) for row in written],
    )
    hooks.values_changed(
        [_change(sub, p, sex, dv.pk, b, n) for p, sex, dv, b, _c, n, _n in written]
    )


def _new_value(sub: Submission, part, sex: str) -> DataValue:
    return DataValue(
        submission=sub,
        period=sub.period,
        org_unit=sub.org_unit,
        part=part,
        indicator_code=part.indicator.code,
        part_number=part.number,
        period_code=sub.period.code,
        sex=sex,
    )


def _store(gone: list[int], created: list[DataValue], updated: list[DataValue]) -> None:
    if gone:
        DataValue.objects.filter(pk__in=gone).delete()
    if created:
        DataValue.objects.bulk_create(created)
    if updated:
        now = timezone.now()
        for dv in updated:
            dv.updated_at = now
        DataValue.objects.bulk_update(updated, UPDATE_FIELDS)


def _audit_item(sub, part, sex, dv, before, before_comment, new, comment) -> dict:
    return {
        "obj": sub,
        "before": _figure_dict(before, before_comment),
        "after": _figure_dict(new, comment),
        "extra": {
            "indicator": part.indicator.code,
            "part": part.number,
            "sex": sex,
            "datavalue_id": dv.pk,
        },
    }


def _change(sub, part, sex, dv_id, before, after) -> hooks.ValueChange:
    def figure(f):
        return None if f is None else hooks.Figure(f.numerator, f.denominator, f.value)

    return hooks.ValueChange(
        datavalue_id=dv_id,
        org_unit_id=sub.org_unit_id,
        org_unit_path=sub.org_unit.path,
        agency_id=sub.agency_id,
        period_code=sub.period.code,
        indicator_code=part.indicator.code,
        part_number=part.number,
        part_id=part.pk,
        sex=sex,
        before=figure(before),
        after=figure(after),
    )
