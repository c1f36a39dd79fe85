"""A small world for analytics tests: a province plan, two commune plans and a merged commune.

Figures go in through the reporting services (values_save), exactly as in real use.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pytest

from gem.orgs.models import Agency, OrgUnit
from gem.orgs.services import orgunit_create
from gem.plans.models import Plan
from gem.plans.services import plan_import
from gem.reporting.models import ReportingPeriod
from gem.reporting.services import ValueEntry, periods_generate, submission_open, values_save


def _t(value, unit, label=None, comparator=">=", year=2030):
    return {"value": value, "unit": unit, "comparator": comparator, "year": year,
            "baseline": None, "label": label}  # fmt: skip


def _ind(code, text, *targets):
    return {"code": code, "text": text, "targets": list(targets)}


REPORTING = [
    {"kind": "semiannual", "by": "units", "due": "06-10"},
    {"kind": "annual", "by": "units", "due": "12-15"},
]
IND_11 = _ind("1.1", "75% các cơ quan nhà nước có lãnh đạo chủ chốt là nữ", _t(75, "%"))
IND_31 = _ind("3.1", "Số giờ làm việc nhà của nữ so với nam", _t(1.4, "times", comparator="<="))
IND_32 = _ind(
    "3.2",
    "Tỷ lệ người bị bạo lực được hỗ trợ; người gây bạo lực được tư vấn",
    _t(90, "%", "người bị bạo lực"),
    _t(90, "%", "người gây bạo lực"),
)
IND_41 = _ind("4.1", "Tỷ số giới tính khi sinh", _t(109, "boys_per_100_girls", comparator="="))
IND_51 = _ind("5.1", "Nội dung giới trong giáo dục", _t(None, "bool", comparator="=", year=2026))


def plan_doc(level: str, title: str, objectives: list, assignments: list) -> dict:
    return {
        "format": "gem.plan/1", "title": title, "issuer": "UBND", "level": level, "area": "",
        "period": {"start": 2026, "end": 2030}, "legal_bases": [], "parent": None,
        "objectives": objectives, "assignments": assignments, "reporting": REPORTING,
    }  # fmt: skip


PROVINCE_DOC = plan_doc(
    "province",
    "Kế hoạch bình đẳng giới tỉnh (thử nghiệm phân tích)",
    [
        {"code": "1", "title": "Chính trị", "indicators": [IND_11]},
        {"code": "3", "title": "Gia đình", "indicators": [IND_31, IND_32]},
        {"code": "4", "title": "Y tế", "indicators": [IND_41]},
        {"code": "5", "title": "Giáo dục", "indicators": [IND_51]},
    ],
    [
        {"agency": "Sở Nội vụ", "role": "lead", "indicators": ["1.1", "3.2"]},
        {"agency": "Thống kê tỉnh", "role": "lead", "indicators": ["3.1"]},
        {"agency": "Sở Y tế", "role": "lead", "indicators": ["4.1"]},
        {"agency": "Sở Giáo dục và Đào tạo", "role": "lead", "indicators": ["5.1"]},
    ],
)
OFFICE = "Phòng Văn hóa - Xã hội"
COMMUNE_DOC = plan_doc(
    "commune",
    "Kế hoạch bình đẳng giới xã (thử nghiệm phân tích)",
    [
        {"code": "1", "title": "Chính trị", "indicators": [IND_11]},
        {"code": "3", "title": "Gia đình", "indicators": [IND_32]},
        {"code": "4", "title": "Y tế", "indicators": [IND_41]},
    ],
    [{"agency": OFFICE, "role": "lead", "indicators": ["1.1", "3.2", "4.1"]}],
)


@dataclass
class World:
    province: OrgUnit
    plan: Plan
    communes: dict[str, OrgUnit] = field(default_factory=dict)
    plans: dict[str, Plan] = field(default_factory=dict)
    actor: object = None

    def agency(self, unit: str, name: str) -> Agency:
        org = self.province if unit == "province" else self.communes[unit]
        return Agency.objects.get(org_unit=org, name=name)

    def period(self, unit: str, code: str) -> ReportingPeriod:
        plan = self.plan if unit == "province" else self.plans[unit]
        return ReportingPeriod.objects.get(plan=plan, code=code)

    def report(self, unit: str, agency: str, code: str, rows: list[tuple]) -> None:
        """rows: (indicator, part, sex, numerator, denominator, value)."""
        sub = submission_open(
            period=self.period(unit, code), agency=self.agency(unit, agency), actor=self.actor
        )
        entries = [
            ValueEntry(indicator=i, part=p, sex=s, numerator=_d(n), denominator=_d(d), value=_d(v))
            for i, p, s, n, d, v in rows
        ]
        summary = values_save(submission=sub, entries=entries, actor=self.actor)
        assert summary.ok, (summary.errors, summary.conflicts)

    def commune(self, key: str, name: str) -> OrgUnit:
        unit = orgunit_create(
            code=f"99{len(self.communes):03d}", name=name, level="commune", parent=self.province
        )
        self.communes[key] = unit
        self.plans[key] = plan_import(data=COMMUNE_DOC, org_unit=unit, parent=self.plan)
        periods_generate(plan=self.plans[key])
        return unit


def _d(x):
    return None if x is None else Decimal(str(x))


@pytest.fixture
def world(province, admin_user) -> World:
    plan = plan_import(data=PROVINCE_DOC, org_unit=province)
    periods_generate(plan=plan)
    w = World(province=province, plan=plan, actor=admin_user)
    w.commune("A", "Xã Thử A")
    w.commune("B", "Xã Thử B")
    w.commune("X", "Xã Thử X (sáp nhập vào A)")
    return w


MERGED_ON = date(2026, 7, 1)
