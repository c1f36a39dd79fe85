"""The quality bars on blind set 10: twelve conventional plans by four more engineers who had
not read the extractor's rules (provinces, communes and wards, a ministry, a department, a
provincial labour federation, provincial annual plans), the measurement after round 9's
rules (see the session's closing note). Regenerate the documents with
blind10/make_plans_r10*.py."""

import pathlib

import pytest

from bench.extract_quality import evaluate
from gem.ingest.extract import extract_path

BLIND10 = pathlib.Path(__file__).parent / "blind10"


@pytest.fixture(scope="module")
def blind10():
    return evaluate(BLIND10)


def test_it_has_twelve_plans_in_every_format(blind10):
    rows, _total = blind10
    names = [name for name, _ in rows]
    assert len(names) >= 12
    assert {n.rsplit(".", 1)[1] for n in names} >= {"txt", "md", "docx", "pdf"}


def test_it_meets_the_bars_on_blind_set_7(blind10):
    _rows, total = blind10
    assert total.target_accuracy >= 0.95
    assert total.assignment_f1 >= 0.9
    assert total.reporting_f1 >= 0.9


def test_every_plan_of_the_set_meets_the_bars(blind10):
    rows, _total = blind10
    weak = [
        name
        for name, s in rows
        if s.target_accuracy < 0.9 or s.assignment_f1 < 0.8 or s.reporting_f1 < 0.8
    ]
    assert weak == []


def test_an_objective_over_one_unmarked_sentence_has_that_indicator():
    plan = extract_path(BLIND10 / "r10b-quynh-tan-hai-2026.pdf").plan
    fifth = next(o for o in plan["objectives"] if o["code"] == "5")
    assert [t["value"] for t in fifth["indicators"][0]["targets"]] == [100, 99.5]
