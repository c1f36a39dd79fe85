from django.db import transaction
from django.utils.translation import gettext as _

from gem.core import audit
from gem.core.errors import ValidationError
from gem.lib.text import fold, match_key
from gem.orgs.models import Agency, AgencyAlias, OrgUnit
from gem.orgs.selectors import agency_find, require_manage

# Names agencies went by before the 2025 reorganisation, so older documents still match.
KNOWN_ALIASES = {
    "so noi vu": [
        "Sở Lao động - Thương binh và Xã hội",
        "Sở Lao động, Thương binh và Xã hội",
        "Sở LĐTBXH",
        "Sở LĐ-TB&XH",
    ],
    "thong ke tinh": ["Cục Thống kê tỉnh", "Cục Thống kê", "Chi cục Thống kê tỉnh"],
    "so van hoa the thao va du lich": ["Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL"],
    "so giao duc va dao tao": ["Sở GD&ĐT", "Sở GDĐT"],
    "so y te": ["Sở Y tế tỉnh"],
}
_KIND_PREFIXES = [
    ("so ", Agency.Kind.DEPARTMENT),
    ("cong an", Agency.Kind.DEPARTMENT),
    ("thong ke", Agency.Kind.DEPARTMENT),
    ("ban ", Agency.Kind.DEPARTMENT),
    ("bo ", Agency.Kind.MINISTRY),
    ("uy ban", Agency.Kind.COMMITTEE),
    ("ubnd", Agency.Kind.COMMITTEE),
    ("phong", Agency.Kind.OFFICE),
    ("hoi ", Agency.Kind.MASS_ORG),
    ("doan ", Agency.Kind.MASS_ORG),
    ("tinh doan", Agency.Kind.MASS_ORG),
    ("mat tran", Agency.Kind.MASS_ORG),
    ("lien doan", Agency.Kind.MASS_ORG),
]


def guess_agency_kind(name: str) -> str:
    folded = fold(name).strip()
    for prefix, kind in _KIND_PREFIXES:
        if folded.startswith(prefix):
            return kind
    return Agency.Kind.OTHER


@transaction.atomic
def agency_ensure(*, org_unit: OrgUnit, name: str, actor=None) -> Agency:
    """The agency of this unit known by `name`, created (with its known aliases) if new."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("An agency needs a name."), field="agency")
    found = agency_find(org_unit=org_unit, name=name)
    if found:
        return found
    require_manage(actor, org_unit)
    agency = Agency(
        org_unit=org_unit,
        name=name,
        kind=guess_agency_kind(name),
        is_consolidator=match_key(name) == "so noi vu",
    )
    agency.full_clean()
    agency.save()
    for alias in KNOWN_ALIASES.get(match_key(name), []):
        AgencyAlias.objects.get_or_create(
            agency=agency, key=match_key(alias), defaults={"name": alias}
        )
    audit.record(actor=actor, action="agency.create", obj=agency, after={"name": name})
    return agency


@transaction.atomic
def agency_alias_add(*, agency: Agency, name: str, actor=None) -> AgencyAlias:
    require_manage(actor, agency.org_unit)
    alias, _created = AgencyAlias.objects.get_or_create(
        agency=agency, key=match_key(name), defaults={"name": name}
    )
    audit.record(actor=actor, action="agency.alias_add", obj=agency, after={"alias": name})
    return alias


@transaction.atomic
def orgunit_create(
    *,
    code: str,
    name: str,
    level: str,
    parent: OrgUnit | None,
    kind: str = "",
    actor=None,
    is_demo: bool = False,
) -> OrgUnit:
    if parent is not None:
        require_manage(actor, parent)
    path = f"{parent.path}{code}/" if parent else f"{code}/"
    unit = OrgUnit(
        code=code, name=name, level=level, parent=parent, kind=kind, path=path, is_demo=is_demo
    )
    unit.full_clean()
    unit.save()
    audit.record(actor=actor, action="orgunit.create", obj=unit, after={"code": code})
    return unit


@transaction.atomic
def orgunit_merge(*, units: list[OrgUnit], into: OrgUnit, on, actor=None) -> list[OrgUnit]:
    """Merge units into another on a date (the 2025 reform): each keeps its row, with
    `valid_to = on` and `successor = into`, so its figures roll up into `into`.

    Rollups already stored follow after `python -m gem rollup-rebuild`.
    """
    require_manage(actor, into)
    if into.valid_to is not None:
        raise ValidationError(_("Units can only be merged into a current unit."), field="into")
    merged = []
    for unit in units:
        require_manage(actor, unit)
        if unit.pk == into.pk or into.path.startswith(unit.path):
            raise ValidationError(_("A unit cannot be merged into itself."), field="units")
        if unit.valid_to is not None:
            raise ValidationError(
                _("%(unit)s was already merged.") % {"unit": unit.name}, field="units"
            )
        unit.valid_to, unit.successor = on, into
        unit.full_clean()
        unit.save(update_fields=["valid_to", "successor", "updated_at"])
        audit.record(
            actor=actor,
            action="orgunit.merge",
            obj=unit,
            after={"into": into.code, "on": str(on)},
        )
        merged.append(unit)
    return merged
