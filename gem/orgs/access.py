"""Who may see and change what, by org unit. The one place access rules live.

Roles (accounts.RoleGrant):
- admin: everything;
- ministry: reads everything;
- consolidator: reads and manages everything in its unit's subtree (a province's Sở Nội vụ);
- leader: reads its unit's subtree;
- reporter: reads its own unit, writes only its own agency's forms.
"""

from django.db.models import Q, QuerySet

from gem.accounts.models import Role, RoleGrant
from gem.orgs.models import Agency, OrgUnit

READ_SUBTREE_ROLES = {Role.CONSOLIDATOR, Role.LEADER}


def user_grants(user) -> list[RoleGrant]:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return []
    cached = getattr(user, "_gem_grants", None)
    if cached is None:
        cached = list(RoleGrant.objects.filter(user=user).select_related("org_unit", "agency"))
        user._gem_grants = cached
    return cached


def has_role(user, *roles: str) -> bool:
    return any(g.role in roles for g in user_grants(user))


def is_admin(user) -> bool:
    return bool(getattr(user, "is_superuser", False)) or has_role(user, Role.ADMIN)


def reads_everything(user) -> bool:
    return is_admin(user) or has_role(user, Role.MINISTRY)


def _grant_paths(user, roles: set[str]) -> list[str]:
    return [g.org_unit.path for g in user_grants(user) if g.role in roles and g.org_unit]


def can_read_unit(user, unit: OrgUnit) -> bool:
    if reads_everything(user):
        return True
    if any(unit.path.startswith(p) for p in _grant_paths(user, READ_SUBTREE_ROLES)):
        return True
    return unit.path in _grant_paths(user, {Role.REPORTER})


def can_manage_unit(user, unit: OrgUnit) -> bool:
    """Manage plans and approve forms: admins and the consolidator above the unit."""
    if is_admin(user):
        return True
    return any(unit.path.startswith(p) for p in _grant_paths(user, {Role.CONSOLIDATOR}))


def can_report_for(user, agency: Agency) -> bool:
    """Write the forms of this agency: its reporters (and admins)."""
    if is_admin(user):
        return True
    return any(g.role == Role.REPORTER and g.agency_id == agency.pk for g in user_grants(user))


def readable_units(user, qs: QuerySet[OrgUnit] | None = None) -> QuerySet[OrgUnit]:
    qs = OrgUnit.objects.all() if qs is None else qs
    if reads_everything(user):
        return qs
    cond = Q(pk__in=[])
    for path in _grant_paths(user, READ_SUBTREE_ROLES):
        cond |= Q(path__startswith=path)
    reporter_paths = _grant_paths(user, {Role.REPORTER})
    if reporter_paths:
        cond |= Q(path__in=reporter_paths)
    return qs.filter(cond)


def unit_filter(user, field: str = "org_unit") -> Q | None:
    """A Q limiting rows whose `field` is an OrgUnit to what the user may read (None: all)."""
    if reads_everything(user):
        return None
    cond = Q(pk__in=[])
    for path in _grant_paths(user, READ_SUBTREE_ROLES):
        cond |= Q(**{f"{field}__path__startswith": path})
    reporter_paths = _grant_paths(user, {Role.REPORTER})
    if reporter_paths:
        cond |= Q(**{f"{field}__path__in": reporter_paths})
    return cond


def reporter_agencies(user) -> list[Agency]:
    return [g.agency for g in user_grants(user) if g.role == Role.REPORTER and g.agency]
