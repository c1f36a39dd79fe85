"""The demo: Thanh Hóa (38), its 2026-2030 plan, departments, 12 communes, a user per role.

Everything here goes through the same services as real use. Running it twice reuses what exists.
"""

import copy
from pathlib import Path

from django.db import transaction

from gem.accounts.models import Role, RoleGrant, User
from gem.accounts.services import grant_ensure, user_ensure
from gem.ingest.extract import extract_path
from gem.orgs.models import OrgUnit
from gem.orgs.selectors import orgunit_get_by_code
from gem.orgs.services import agency_ensure
from gem.plans.models import Plan
from gem.plans.selectors import plan_builtin_national
from gem.plans.services import plan_import

DATA = Path(__file__).resolve().parent / "demo_data"
PROVINCE = "38"
COMMUNE_COUNT = 12
CURRENT_PERIOD = "2026"  # the annual report due in December 2026
COMMUNE_OFFICE = "Phòng Văn hóa - Xã hội"
COMMUNE_INDICATORS = {"1.1", "3.2", "3.3", "4.1", "4.2", "4.3", "6.1", "6.2", "6.3"}
PROVINCE_CITATION = (
    "Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 "
    "trên địa bàn tỉnh Thanh Hóa của UBND tỉnh Thanh Hóa"
)
USERS = [
    # username, full name, role
    ("admin", "Quản trị hệ thống", Role.ADMIN),
    ("snv", "Chuyên viên Sở Nội vụ", Role.CONSOLIDATOR),
    ("syt", "Chuyên viên Sở Y tế", Role.REPORTER),
    ("xa01", "Công chức Văn hóa - Xã hội", Role.REPORTER),
    ("lanhdao", "Lãnh đạo UBND tỉnh", Role.LEADER),
    ("bonv", "Chuyên viên Bộ Nội vụ", Role.MINISTRY),
]


def province_plan_document() -> dict:
    """The province plan, read by the extractor from the plan's own text."""
    return extract_path(DATA / "thanh-hoa-2026-2030.txt").with_optional()


def demo_communes(province: OrgUnit) -> list[OrgUnit]:
    return list(
        OrgUnit.objects.filter(parent=province, level="commune", valid_to__isnull=True).order_by(
            "code"
        )[:COMMUNE_COUNT]
    )


def commune_plan_document(province_doc: dict, commune: OrgUnit) -> dict:
    """A commune plan derived from the province plan (demo data, marked as such)."""
    doc = copy.deepcopy(province_doc)
    doc.update(
        title=(
            "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 "
            f"trên địa bàn {commune.name} (dữ liệu minh họa)"
        ),
        issuer=f"UBND {commune.name}",
        level="commune",
        area=commune.name,
        parent=PROVINCE_CITATION,
        demo=True,
    )
    for objective in doc["objectives"]:
        objective["indicators"] = [
            i for i in objective["indicators"] if i["code"] in COMMUNE_INDICATORS
        ]
    doc["objectives"] = [o for o in doc["objectives"] if o["indicators"]]
    codes = sorted(
        (i["code"] for o in doc["objectives"] for i in o["indicators"]),
        key=lambda c: tuple(int(x) for x in c.split(".")),
    )
    doc["assignments"] = [{"agency": COMMUNE_OFFICE, "role": "lead", "indicators": codes}]
    doc["reporting"] = [
        {"kind": "semiannual", "by": "units", "due": "06-05", "to": "UBND xã"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-10", "to": "Sở Nội vụ"},
        {"kind": "annual", "by": "units", "due": "12-05", "to": "UBND xã"},
        {"kind": "annual", "by": "consolidator", "due": "12-15", "to": "Sở Nội vụ"},
    ]
    return doc


@transaction.atomic
def load_demo() -> dict:
    province = orgunit_get_by_code(PROVINCE)
    plan = Plan.objects.filter(org_unit=province, is_demo=True, is_deleted=False).first()
    doc = province_plan_document()
    if plan is None:
        plan = plan_import(
            data=doc, org_unit=province, parent=plan_builtin_national(), is_demo=True
        )
    communes = demo_communes(province)
    for commune in communes:
        if not Plan.objects.filter(org_unit=commune, is_demo=True, is_deleted=False).exists():
            plan_import(
                data=commune_plan_document(doc, commune),
                org_unit=commune,
                parent=plan,
                is_demo=True,
            )
    _load_users(province, communes[0])
    return {"plan": plan.pk, "communes": len(communes)}


def _load_users(province: OrgUnit, first_commune: OrgUnit) -> None:
    nation = orgunit_get_by_code("VN")
    places = {
        Role.ADMIN: (nation, None),
        Role.CONSOLIDATOR: (province, agency_ensure(org_unit=province, name="Sở Nội vụ")),
        Role.LEADER: (province, None),
        Role.MINISTRY: (nation, None),
    }
    for username, full_name, role in USERS:
        user = user_ensure(
            username=username,
            password=f"demo-{username}",
            full_name=full_name,
            email=f"{username}@demo.gem.local",
            is_superuser=(role == Role.ADMIN),
        )
        unit, agency = places.get(role, (None, None))
        if username == "syt":
            unit, agency = province, agency_ensure(org_unit=province, name="Sở Y tế")
        elif username == "xa01":
            unit = first_commune
            agency = agency_ensure(org_unit=first_commune, name=COMMUNE_OFFICE)
        grant_ensure(user=user, role=role, org_unit=unit, agency=agency)


def load_full_demo() -> dict:
    """The demo with its reporting periods and a year of made-up figures for the dashboards.

    The current annual forms of the hands-on users' agencies (xa01's commune office, syt's
    Sở Y tế) are left open and empty, for a person to try the reporting cycle.
    """
    from gem.analytics.demo import analytics_demo_load
    from gem.reporting.demo import reporting_demo_load

    result = load_demo()
    reporting_demo_load()
    hands_on = {
        g.agency_id
        for g in RoleGrant.objects.filter(user__username__in=["xa01", "syt"], agency__isnull=False)
    }
    keep_open = frozenset((agency_id, CURRENT_PERIOD) for agency_id in hands_on)
    result["figures"] = analytics_demo_load(keep_open=keep_open)["forms"]
    return result


def demo_users() -> list[User]:
    return list(User.objects.filter(username__in=[u[0] for u in USERS]))
