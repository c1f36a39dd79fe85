import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from gem.plans.models import Part, Plan
from gem.plans.selectors import plan_export
from gem.plans.services import plan_import

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = sorted(FIXTURES.glob("*.expected.json"))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_it_exports_exactly_what_it_imported(sample, province):
    doc = json.loads(sample.read_text(encoding="utf-8"))
    plan = plan_import(data=doc, org_unit=province)
    assert plan_export(plan) == doc


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_it_round_trips_through_the_commands(sample, province):
    out = StringIO()
    call_command("import_plan", str(sample), unit="38", stdout=out)
    plan_id = int(out.getvalue().strip())
    exported = StringIO()
    call_command("export_plan", plan_id, stdout=exported)
    assert json.loads(exported.getvalue()) == json.loads(sample.read_text(encoding="utf-8"))


def test_it_keeps_keys_the_format_does_not_define(province):
    doc = json.loads((FIXTURES / "thai-nguyen-2026.expected.json").read_text(encoding="utf-8"))
    doc["number"] = "12/KH-UBND"
    doc["period"]["note"] = "một năm"
    doc["reporting"][0]["channel"] = "e-mail"
    plan = plan_import(data=doc, org_unit=province)
    assert plan_export(plan) == doc


def test_it_numbers_parts_by_label_in_order_of_appearance(province):
    doc = json.loads((FIXTURES / "thanh-hoa-2026-2030.expected.json").read_text(encoding="utf-8"))
    plan = plan_import(data=doc, org_unit=province)
    parts = Part.objects.filter(indicator__plan=plan, indicator__code="3.2").order_by("number")
    assert [(p.number, p.label) for p in parts] == [
        (0, "người bị bạo lực"),
        (1, "người gây bạo lực"),
    ]


def test_it_infers_the_measure_from_the_unit(province):
    doc = json.loads((FIXTURES / "thanh-hoa-2026-2030.expected.json").read_text(encoding="utf-8"))
    plan = plan_import(data=doc, org_unit=province)
    part = {p.indicator.code: p for p in Part.objects.filter(indicator__plan=plan, number=0)}
    assert (part["4.2"].measure, part["4.2"].factor) == ("ratio", 100000)
    assert (part["4.3"].measure, part["4.3"].factor) == ("ratio", 1000)
    assert (part["4.1"].measure, part["4.1"].factor) == ("ratio", 100)
    assert part["3.1"].measure == "value"
    assert part["5.1"].measure == "bool"
    assert part["3.2"].is_by_sex is True
    assert part["1.1"].is_by_sex is False  # a share of agencies, not of people


def test_the_national_strategy_is_built_in(db):
    national = Plan.objects.get(is_builtin=True)
    doc = plan_export(national)
    assert doc["level"] == "national"
    assert sum(len(o["indicators"]) for o in doc["objectives"]) == 20
