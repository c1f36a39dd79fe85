"""Plan alignment: a commune plan against its province plan and the national strategy."""

import copy

from gem.analytics.alignment import plan_alignment
from gem.analytics.tests.fixtures import COMMUNE_DOC
from gem.orgs.services import orgunit_create
from gem.plans.services import plan_import


def issues(result, code) -> list[tuple[str, str]]:
    row = next(r for r in result["rows"] if r.code == code)
    return [(i.kind, i.reference) for i in row.issues]


def test_it_finds_weaker_later_missing_and_unassigned_targets(world):
    doc = copy.deepcopy(COMMUNE_DOC)
    family = doc["objectives"][1]["indicators"][0]  # 3.2: 90% by 2030 above
    family["targets"][0]["value"] = 80  # weaker than the province's 90
    family["targets"][1]["year"] = 2032  # later than 2030
    doc["assignments"][0]["indicators"] = ["3.2", "4.1"]  # nobody leads 1.1
    unit = orgunit_create(code="99100", name="Xã Lệch", level="commune", parent=world.province)
    plan = plan_import(data=doc, org_unit=unit, parent=world.plan)
    result = plan_alignment(plan)
    assert [name for name, _ in result["references"]] == ["parent", "national"]
    assert ("weaker", "parent") in issues(result, "3.2")
    assert ("later", "parent") in issues(result, "3.2")
    assert ("missing", "parent") in issues(result, "3.1")
    assert issues(result, "1.1") == [("unassigned", "")]
    assert issues(result, "4.1") == []  # at the level of 109, as the province and the nation
    assert result["counts"]["weaker"] >= 1


def test_it_finds_nothing_wrong_with_a_faithful_copy(world):
    result = plan_alignment(world.plans["A"])
    parent_issues = [i for r in result["rows"] for i in r.issues if i.reference == "parent"]
    assert {i.kind for i in parent_issues} == {"missing"}  # only the province-level indicators
