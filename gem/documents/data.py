"""report_data(): everything an official report says, as a plain data tree (no ORM objects).

    report_data(plan=..., org_unit=..., period_code="2026S1", kind="semiannual", user=...)

Kinds: semiannual, annual, midterm, final. A report is the unit's (issued by its People's
Committee, or with issuer="consolidator" by the department that consolidates, Sở Nội vụ), or,
with `agency`, one department's or office's own report on the indicators it is in charge of.
The renderers in gem.documents.renderers turn the tree into .docx and .xlsx.
"""

from datetime import date

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from gem.core.errors import PermissionDenied, ValidationError
from gem.documents import sources
from gem.documents.compose import compose
from gem.documents.selectors import may_download
from gem.orgs.models import Agency
from gem.plans.models import AssignmentIndicator
from gem.reporting.calc import parse_period_code
from gem.reporting.models import ReportingPeriod

KINDS = ("semiannual", "annual", "midterm", "final")
ISSUERS = ("committee", "consolidator")


def report_data(
    *,
    plan,
    org_unit,
    period_code: str,
    kind: str,
    user,
    agency: Agency | None = None,
    issuer: str = "committee",
    issued_on: date | None = None,
    language: str | None = None,
) -> dict:
    """The report's data tree. `user=None` is a trusted caller (the command line)."""
    if user is not None and not may_download(user, org_unit, agency):
        raise PermissionDenied(_("You may not download this report."))
    period = period_facts(plan, period_code, kind)
    issued_on = issued_on or timezone.localdate()
    with translation.override(language or settings.LANGUAGE_CODE):
        facts = gather(plan, org_unit, period, agency, issuer)
        facts["issued_on"] = issued_on
        return compose(facts)


def period_facts(plan, period_code: str, kind: str) -> dict:
    """The period as plain data; a period not generated yet is described from its code."""
    if kind not in KINDS:
        raise ValidationError(
            _("Unknown report kind %(kind)s: use one of %(kinds)s.")
            % {"kind": kind, "kinds": ", ".join(KINDS)},
            field="kind",
        )
    try:
        year, code_kind = parse_period_code(period_code)
    except ValueError:
        raise ValidationError(
            _("%(code)s is not a period code (e.g. 2026S1, 2026, 2028M, 2030F).")
            % {"code": period_code},
            field="period",
        ) from None
    if code_kind != kind:
        raise ValidationError(
            _("The period %(code)s does not belong to a %(kind)s report.")
            % {"code": period_code, "kind": kind},
            field="period",
        )
    if not plan.start_year <= year <= plan.end_year:
        raise ValidationError(
            _("The period %(code)s is outside the plan's years %(years)s.")
            % {"code": period_code, "years": plan.period_label},
            field="period",
        )
    found = ReportingPeriod.objects.filter(plan=plan, code=period_code).first()
    starts_on = found.starts_on if found else date(year - 1, 12, 15)
    ends_on = found.ends_on if found else date(year, 6 if kind == "semiannual" else 12, 14)
    return {
        "code": period_code,
        "kind": kind,
        "year": year,
        "starts_on": starts_on,
        "ends_on": ends_on,
    }


def gather(plan, org_unit, period: dict, agency: Agency | None, issuer: str) -> dict:
    if issuer not in ISSUERS:
        raise ValidationError(_("Unknown issuer %(issuer)s.") % {"issuer": issuer}, field="issuer")
    code = period["code"]
    consolidator = None
    if agency is None and issuer == "consolidator":
        consolidator = Agency.objects.filter(org_unit=org_unit, is_consolidator=True).first()
        consolidator = (
            consolidator
            or Agency.objects.filter(org_unit=org_unit, name__iexact="Sở Nội vụ").first()
        )
    speaker = agency or consolidator
    only = _assigned_codes(plan, agency) if agency is not None else None
    return {
        "kind": period["kind"],
        "issuer_kind": "department" if speaker else "committee",
        "unit": {"code": org_unit.code, "name": org_unit.name, "level": org_unit.level},
        "agency": _agency_facts(speaker, consolidator is not None),
        "plan": sources.plan_facts(plan),
        "period": period,
        "objectives": sources.objective_facts(plan, only),
        "progress": sources.progress(plan, org_unit, code),
        "completeness": sources.completeness(org_unit, code, agency),
        "narratives": sources.narratives(org_unit, code, agency),
        "annex_rows": sources.annex_rows(org_unit, code, agency),
    }


def _agency_facts(agency: Agency | None, is_consolidator: bool) -> dict | None:
    if agency is None:
        return None
    return {
        "name": agency.name,
        "short_name": agency.short_name,
        "is_consolidator": is_consolidator or agency.is_consolidator,
    }


def _assigned_codes(plan, agency: Agency) -> set[str]:
    return set(
        AssignmentIndicator.objects.filter(
            assignment__plan=plan, assignment__agency=agency
        ).values_list("indicator__code", flat=True)
    )
