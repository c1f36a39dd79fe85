"""Load the National Strategy on Gender Equality 2021-2030 as the built-in national plan.

Frozen with the schema of 0001 (historical models), as data migrations must be.
"""

import json
from decimal import Decimal
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "national-strategy.json"
FACTORS = {"%": 100, "per_100000_live_births": 100000, "per_1000_women": 1000,
           "boys_per_100_girls": 100}


def _measure(unit: str):
    if unit == "bool":
        return "bool", 1, False
    if unit in FACTORS:
        return "ratio", FACTORS[unit], unit == "%"
    return "value", 1, False


def _dec(value):
    return None if value is None else Decimal(str(value))


def load(apps, schema_editor):
    get = apps.get_model
    Plan, Objective, Indicator = get("plans", "Plan"), get("plans", "Objective"), get("plans", "Indicator")
    Part, Target, Duty = get("plans", "Part"), get("plans", "Target"), get("plans", "ReportingDuty")
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    nation = get("orgs", "OrgUnit").objects.get(code="VN")
    plan = Plan.objects.create(
        title=doc["title"], issuer=doc["issuer"], level="national", area=doc["area"],
        org_unit=nation, start_year=doc["period"]["start"], end_year=doc["period"]["end"],
        legal_bases=doc["legal_bases"], parent_citation=doc["parent"], status="active",
        is_builtin=True, number="28/NQ-CP",
    )
    for o_pos, o in enumerate(doc["objectives"]):
        objective = Objective.objects.create(plan=plan, code=o["code"], title=o["title"], position=o_pos)
        for i_pos, i in enumerate(o["indicators"]):
            indicator = Indicator.objects.create(
                plan=plan, objective=objective, code=i["code"], text=i["text"], position=i_pos
            )
            parts = {}
            for t_pos, t in enumerate(i["targets"]):
                if t["label"] not in parts:
                    measure, factor, by_sex = _measure(t["unit"])
                    parts[t["label"]] = Part.objects.create(
                        indicator=indicator, number=len(parts), label=t["label"], unit=t["unit"],
                        measure=measure, factor=factor, is_by_sex=by_sex,
                    )
                Target.objects.create(
                    part=parts[t["label"]], position=t_pos, value=_dec(t["value"]), unit=t["unit"],
                    comparator=t["comparator"], year=t["year"], baseline=_dec(t["baseline"]),
                )
    for d_pos, d in enumerate(doc.get("reporting", [])):
        extra = {k: v for k, v in d.items() if k not in {"kind", "by", "due", "to"}}
        Duty.objects.create(plan=plan, kind=d["kind"], by=d["by"], due=d["due"], to=d.get("to"),
                            position=d_pos, extra=extra)


def unload(apps, schema_editor):
    apps.get_model("plans", "Plan").objects.filter(is_builtin=True).delete()


class Migration(migrations.Migration):
    dependencies = [("plans", "0001_initial"), ("orgs", "0002_reference_units")]
    operations = [migrations.RunPython(load, unload)]
