from django.db.models import QuerySet

from gem.core.errors import NotFound, PermissionDenied
from gem.lib.text import match_key
from gem.orgs import access
from gem.orgs.models import Agency, AgencyAlias, OrgUnit


def orgunit_get_by_code(code: str) -> OrgUnit:
    """The current unit with this official code (or the latest one, if it was merged away)."""
    units = OrgUnit.objects.filter(code=str(code).strip())
    unit = units.filter(valid_to__isnull=True).first() or units.order_by("-valid_to").first()
    if unit is None:
        raise NotFound(f"org unit {code}")
    return unit


def orgunit_get_for_user(*, code: str, user) -> OrgUnit:
    unit = orgunit_get_by_code(code)
    if not access.can_read_unit(user, unit):
        raise NotFound(f"org unit {code}")
    return unit


def orgunit_list_for_user(*, user, parent: OrgUnit | None = None) -> QuerySet[OrgUnit]:
    qs = OrgUnit.objects.filter(valid_to__isnull=True).select_related("parent")
    if parent is not None:
        qs = qs.filter(parent=parent)
    return access.readable_units(user, qs).order_by("code")


def orgunit_subtree(unit: OrgUnit, *, current_only: bool = False) -> QuerySet[OrgUnit]:
    qs = OrgUnit.objects.filter(path__startswith=unit.path)
    return qs.filter(valid_to__isnull=True) if current_only else qs


def orgunit_province(unit: OrgUnit) -> OrgUnit | None:
    if unit.level == OrgUnit.Level.PROVINCE:
        return unit
    code = unit.path.split("/")[1] if unit.path.count("/") > 2 else None
    return OrgUnit.objects.filter(code=code, valid_to__isnull=True).first() if code else None


def agency_find(*, org_unit: OrgUnit, name: str) -> Agency | None:
    """An agency of the unit known by this name or one of its aliases."""
    key = match_key(name)
    for agency in Agency.objects.filter(org_unit=org_unit):
        if match_key(agency.name) == key:
            return agency
    alias = (
        AgencyAlias.objects.filter(agency__org_unit=org_unit, key=key)
        .select_related("agency")
        .first()
    )
    return alias.agency if alias else None


def agency_get_for_user(*, pk: int, user) -> Agency:
    agency = Agency.objects.select_related("org_unit").filter(pk=pk).first()
    if agency is None or not access.can_read_unit(user, agency.org_unit):
        raise NotFound(f"agency {pk}")
    return agency


def require_manage(user, unit: OrgUnit) -> None:
    if user is not None and not access.can_manage_unit(user, unit):
        raise PermissionDenied("you may not manage this org unit")
