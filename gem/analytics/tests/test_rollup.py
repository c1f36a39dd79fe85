"""Rollups by hand: unequal denominators, by sex, a direct figure, a merged commune."""

from decimal import Decimal

from django.core.management import call_command

from gem.analytics.figures import PartRule
from gem.analytics.models import Rollup
from gem.analytics.selectors import progress_get, unit_rows
from gem.analytics.services import rollup_rebuild
from gem.analytics.tests.fixtures import MERGED_ON, OFFICE
from gem.orgs.selectors import orgunit_get_by_code
from gem.orgs.services import orgunit_merge
from gem.plans.models import Part


def snapshot() -> set:
    fields = [f.attname for f in Rollup._meta.concrete_fields if f.attname != "id"]
    return {tuple(str(v) for v in row) for row in Rollup.objects.values_list(*fields)}


def figure(unit, code, number, period="2026S1", sex="", plan=None) -> Decimal | None:
    part = Part.objects.get(indicator__plan=plan, indicator__code=code, number=number)
    rule = PartRule.of(part)
    return rule.read(unit_rows(unit, [code]).get(rule, period, sex))


def report_violence(world) -> None:
    # 3.2 part 0 (people supported), by sex; unequal denominators everywhere.
    world.report("A", OFFICE, "2026S1", [("3.2", 0, "female", 3, 20, None),
                                         ("3.2", 0, "male", 1, 25, None)])  # fmt: skip
    world.report("B", OFFICE, "2026S1", [("3.2", 0, "female", 5, 10, None),
                                         ("3.2", 0, "male", 2, 5, None)])  # fmt: skip
    world.report("province", "Sở Nội vụ", "2026S1", [("3.2", 0, "female", 6, 30, None),
                                                     ("3.2", 0, "male", 4, 10, None)])  # fmt: skip


def test_it_sums_numerators_and_denominators_never_averages(world):
    report_violence(world)
    a = figure(world.communes["A"], "3.2", 0, plan=world.plan)
    assert (a.numerator, a.denominator) == (4, 45)
    p = figure(world.province, "3.2", 0, plan=world.plan)
    # (4 + 7 + 10) / (45 + 15 + 40) = 21%; the mean of the three percentages would be 26.85%.
    assert (p.numerator, p.denominator, p.value) == (21, 100, 21)
    female = figure(world.province, "3.2", 0, sex="female", plan=world.plan)
    assert (female.numerator, female.denominator) == (14, 60)
    male = figure(world.province, "3.2", 0, sex="male", plan=world.plan)
    assert male.value == Decimal("17.5")


def test_it_reaches_the_nation_at_once(world):
    report_violence(world)
    nation = orgunit_get_by_code("VN")
    assert figure(nation, "3.2", 0, plan=world.plan).value == 21


def test_it_prefers_a_direct_figure_for_the_whole_province(world):
    world.report("A", OFFICE, "2026S1", [("4.1", 0, "", 112, 100, None)])
    world.report("B", OFFICE, "2026S1", [("4.1", 0, "", 105, 100, None)])
    assert figure(world.province, "4.1", 0, plan=world.plan).value == Decimal("108.5")
    world.report("province", "Sở Y tế", "2026S1", [("4.1", 0, "", 1130, 1000, None)])
    assert figure(world.province, "4.1", 0, plan=world.plan).value == 113
    part = Part.objects.get(indicator__plan=world.plan, indicator__code="4.1")
    rule = PartRule.of(part)
    beside = rule.read_beside(unit_rows(world.province, ["4.1"]).get(rule, "2026S1"))
    assert (beside.numerator, beside.denominator) == (217, 200)
    # The nation sees the province's direct figure, not the province plus its communes.
    nation = figure(orgunit_get_by_code("VN"), "4.1", 0, plan=world.plan)
    assert (nation.numerator, nation.denominator) == (1130, 1000)


def test_it_keeps_survey_multiples_apart(world):
    world.report("province", "Thống kê tỉnh", "2026S1", [("3.1", 0, "", None, None, "1.6")])
    assert figure(world.province, "3.1", 0, plan=world.plan).value == Decimal("1.6")
    assert figure(orgunit_get_by_code("VN"), "3.1", 0, plan=world.plan).value is None


def test_it_rolls_a_merged_commune_into_its_successor(world, admin_user):
    report_violence(world)
    world.report("X", OFFICE, "2026S1", [("3.2", 0, "female", 2, 5, None),
                                         ("3.2", 0, "male", 0, 5, None)])  # fmt: skip
    orgunit_merge(units=[world.communes["X"]], into=world.communes["A"], on=MERGED_ON,
                  actor=admin_user)  # fmt: skip
    call_command("rollup_rebuild")
    a = figure(world.communes["A"], "3.2", 0, plan=world.plan)
    assert (a.numerator, a.denominator) == (6, 55)
    assert figure(world.province, "3.2", 0, plan=world.plan).value == Decimal(23) / 110 * 100
    # A late correction from the merged commune reaches its successor incrementally.
    world.report("X", OFFICE, "2026S1", [("3.2", 0, "female", 3, 5, None)])
    incremental = snapshot()
    rollup_rebuild()
    assert snapshot() == incremental
    assert figure(world.communes["A"], "3.2", 0, plan=world.plan).numerator == 7


def test_it_rebuilds_idempotently(world):
    report_violence(world)
    incremental = snapshot()
    assert rollup_rebuild() == rollup_rebuild()
    assert snapshot() == incremental


def test_it_forgets_a_removed_value(world):
    report_violence(world)
    world.report("B", OFFICE, "2026S1", [("3.2", 0, "female", None, None, None),
                                         ("3.2", 0, "male", None, None, None),
                                         ("3.2", 0, "", None, None, None)])  # fmt: skip
    assert figure(world.province, "3.2", 0, plan=world.plan).denominator == 85
    assert not Rollup.objects.filter(org_unit=world.communes["B"]).exists()


def test_it_answers_progress_for_the_province(world):
    report_violence(world)
    answer = progress_get(plan=world.plan, org_unit=world.province, period_code="2026S1")
    part = answer["indicators"][2]["parts"][0]
    assert answer["indicators"][2]["code"] == "3.2"
    assert part["value"] == 21
    assert part["bySex"]["female"] == {"value": 23.33, "numerator": 14, "denominator": 60}
