"""Who may download which report. Built on gem.orgs.access, the one place access rules live.

- admins, the ministry, the consolidator above the unit and the unit's leaders: any report of
  a unit they read (leaders only read: a download is a read);
- a reporter: its own agency's report, and the report of its own commune;
- anyone else: 404 for a unit they cannot see, 403 for a report they may not take.
"""

from django.utils.translation import gettext as _

from gem.accounts.models import Role
from gem.core.errors import NotFound, PermissionDenied, ValidationError
from gem.orgs import access
from gem.orgs.models import Agency, OrgUnit
from gem.orgs.selectors import orgunit_get_for_user
from gem.plans.models import Plan
from gem.plans.selectors import plan_get_for_user, plan_list_for_user


def may_download(user, unit: OrgUnit, agency: Agency | None) -> bool:
    if not access.can_read_unit(user, unit):
        return False
    if access.reads_everything(user) or access.can_manage_unit(user, unit):
        return True
    if any(
        g.role == Role.LEADER and g.org_unit and unit.path.startswith(g.org_unit.path)
        for g in access.user_grants(user)
    ):
        return True
    own = access.reporter_agencies(user)
    if agency is not None:
        return any(a.pk == agency.pk for a in own)
    return unit.level == OrgUnit.Level.COMMUNE and any(a.org_unit_id == unit.pk for a in own)


def report_subject_get_for_user(
    *, user, plan_id: int, unit_code: str, agency_id: int | None = None
) -> tuple[Plan, OrgUnit, Agency | None]:
    """The plan, unit and (for a department's own report) agency of a report, access-checked."""
    plan = plan_get_for_user(pk=plan_id, user=user)
    unit = orgunit_get_for_user(code=unit_code, user=user)
    if not unit.path.startswith(plan.org_unit.path):
        raise ValidationError(
            _("The unit %(unit)s is outside the area of this plan.") % {"unit": unit.name},
            field="unit",
        )
    agency = None
    if agency_id is not None:
        agency = Agency.objects.filter(pk=agency_id, org_unit=unit).first()
        if agency is None:
            raise NotFound(f"agency {agency_id}")
    if not may_download(user, unit, agency):
        raise PermissionDenied(_("You may not download this report."))
    return plan, unit, agency


def report_choices_for_user(*, user) -> dict:
    """What the report page offers: the user's plans, units and (for reporters) agencies."""
    plans = [p for p in plan_list_for_user(user=user) if not p.is_builtin]
    units = {p.org_unit.pk: p.org_unit for p in plans}
    for grant in access.user_grants(user):
        if grant.org_unit and access.can_read_unit(user, grant.org_unit):
            units.setdefault(grant.org_unit.pk, grant.org_unit)
    agencies = [
        a
        for a in Agency.objects.filter(org_unit__in=list(units.values()), is_active=True)
        .select_related("org_unit")
        .order_by("org_unit__path", "name")
        if may_download(user, a.org_unit, a)
    ]
    return {
        "plans": plans,
        "units": sorted(units.values(), key=lambda u: u.path),
        "agencies": agencies,
    }
