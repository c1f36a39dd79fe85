"""Synthetic data set, part 1: the plans (province and commune) as gem.plan/1 documents.

Province plans are derived from the national strategy with local targets varied and about 20
agencies; commune plans cite their province plan and keep the indicators a commune reports.
Everything is imported through `plan_import`, like a real plan.
"""

import copy
import json
import random
from decimal import Decimal
from pathlib import Path

from gem.orgs.models import OrgUnit
from gem.plans.models import Plan
from gem.plans.selectors import plan_builtin_national
from gem.plans.services import plan_import

STRATEGY = Path(__file__).resolve().parents[1] / "plans" / "data" / "national-strategy.json"
MARK = "(dữ liệu tổng hợp)"  # "synthetic data", in every synthetic plan title
COMMUNE_OFFICE = "Phòng Văn hóa - Xã hội"
# What communes report (the rest is reported for the whole province by a department).
COMMUNE_INDICATORS = {"1.1", "3.2", "3.3", "4.1", "4.2", "4.3", "6.1", "6.2", "6.3"}
# Province-level parts also reported by the province's own bodies (additive with communes').
PROVINCE_ADDITIVE = {"1.1", "6.2"}
OPTIONAL = ["4.4", "5.3", "6.4"]  # some provinces leave these out of their plan

# (agency, lead indicators, support indicators): about 20 per province.
PROVINCE_AGENCIES = [
    ("Sở Nội vụ", ["1.1", "2.1", "2.2", "6.2"], ["3.2"]),
    ("Sở Tài chính", ["2.3"], []),
    ("Thống kê tỉnh", ["3.1"], ["2.1", "2.2", "4.1"]),
    ("Sở Y tế", ["3.4", "4.4"], ["4.1", "4.2", "4.3"]),
    ("Sở Giáo dục và Đào tạo", ["5.1", "5.2", "5.3", "5.4"], []),
    ("Báo và Phát thanh, Truyền hình tỉnh", ["6.4"], ["6.1"]),
    ("Sở Văn hóa, Thể thao và Du lịch", [], ["3.2", "6.3"]),
    ("Công an tỉnh", [], ["3.2", "3.3"]),
    ("Sở Khoa học và Công nghệ", [], ["6.1", "6.3", "6.4"]),
    ("Hội Liên hiệp Phụ nữ tỉnh", [], ["3.2", "6.1"]),
    ("Tỉnh đoàn", [], ["6.1"]),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", [], ["6.1", "6.2"]),
    ("Liên đoàn Lao động tỉnh", [], ["2.1"]),
    ("Sở Tư pháp", [], ["3.2", "6.2"]),
    ("Sở Nông nghiệp và Môi trường", [], ["2.2"]),
    ("Sở Công Thương", [], ["2.3"]),
    ("Sở Dân tộc và Tôn giáo", [], ["5.2"]),
    ("Sở Xây dựng", [], ["1.1"]),
    ("Bộ Chỉ huy Quân sự tỉnh", [], ["3.3"]),
    ("Thanh tra tỉnh", [], ["1.1"]),
]


def strategy_document() -> dict:
    return json.loads(STRATEGY.read_text(encoding="utf-8"))


def _vary_target(target: dict, rng: random.Random) -> None:
    value = target.get("value")
    if value is None or target["unit"] == "bool":
        return
    value = Decimal(str(value))
    if target["unit"] == "boys_per_100_girls":
        value += rng.choice([-1, 0, 0, 1])
    elif target["unit"] == "%":
        value = min(Decimal(100), value + rng.choice([-5, -2, 0, 0, 2, 5]))
    else:
        value = value * Decimal(rng.choice(["0.9", "1", "1", "1.1"]))
    target["value"] = float(value.quantize(Decimal("0.1")))


def province_plan_document(
    strategy: dict, province: OrgUnit, years: tuple[int, int], rng: random.Random
) -> dict:
    doc = copy.deepcopy(strategy)
    name = province.name
    dropped = {code for code in OPTIONAL if rng.random() < 0.15}
    for objective in doc["objectives"]:
        objective["indicators"] = [i for i in objective["indicators"] if i["code"] not in dropped]
        for indicator in objective["indicators"]:
            for target in indicator["targets"]:
                target.pop("unconfirmed", None)
                _vary_target(target, rng)
    doc.update(
        title=(
            f"Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn {name} {MARK}"
        ),
        issuer=f"UBND {name}",
        level="province",
        area=name,
        period={"start": years[0], "end": years[1]},
        parent="Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
        synthetic=True,
    )
    doc["assignments"] = _province_assignments(dropped)
    doc["reporting"] = [
        {"kind": "semiannual", "by": "units", "due": "06-10", "to": "Sở Nội vụ"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-25", "to": "Bộ Nội vụ"},
        {"kind": "annual", "by": "units", "due": "12-15", "to": "Sở Nội vụ"},
        {"kind": "annual", "by": "consolidator", "due": "12-25", "to": "Bộ Nội vụ"},
    ]
    return doc


def _province_assignments(dropped: set[str]) -> list[dict]:
    out = []
    for agency, lead, support in PROVINCE_AGENCIES:
        for role, codes in (("lead", lead), ("support", support or ([] if lead else ["6.1"]))):
            codes = [c for c in codes if c not in dropped]
            if codes:
                out.append({"agency": agency, "role": role, "indicators": codes})
    return out


def commune_plan_document(province_doc: dict, commune: OrgUnit, rng: random.Random) -> dict:
    doc = copy.deepcopy(province_doc)
    doc.update(
        title=f"Kế hoạch thực hiện bình đẳng giới trên địa bàn {commune.name} {MARK}",
        issuer=f"UBND {commune.name}",
        level="commune",
        area=commune.name,
        parent=province_doc["title"],
    )
    for objective in doc["objectives"]:
        objective["indicators"] = [
            i for i in objective["indicators"] if i["code"] in COMMUNE_INDICATORS
        ]
        for indicator in objective["indicators"]:
            for target in indicator["targets"]:
                if rng.random() < 0.2:
                    _vary_target(target, rng)
    doc["objectives"] = [o for o in doc["objectives"] if o["indicators"]]
    codes = [i["code"] for o in doc["objectives"] for i in o["indicators"]]
    doc["assignments"] = [{"agency": COMMUNE_OFFICE, "role": "lead", "indicators": codes}]
    doc["reporting"] = [
        {"kind": "semiannual", "by": "units", "due": "06-05", "to": "UBND xã"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-10", "to": "Sở Nội vụ"},
        {"kind": "annual", "by": "units", "due": "12-05", "to": "UBND xã"},
        {"kind": "annual", "by": "consolidator", "due": "12-15", "to": "Sở Nội vụ"},
    ]
    return doc


def import_province_plan(province: OrgUnit, doc: dict) -> Plan:
    return plan_import(data=doc, org_unit=province, parent=plan_builtin_national(), is_demo=True)


def import_commune_plan(commune: OrgUnit, doc: dict, parent: Plan) -> Plan:
    return plan_import(data=doc, org_unit=commune, parent=parent, is_demo=True)


def synthetic_plans():
    return Plan.objects.filter(is_demo=True, title__endswith=MARK, is_deleted=False)
