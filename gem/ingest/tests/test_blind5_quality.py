"""The quality bars on blind set 5: twelve plans written by four engineers who had not read the
extractor's rules, modelled on real plans of their kind (provinces 2021-2030 and 2026-2030,
communes and wards, a ministry, a provincial department, a state corporation, a city's annual
plan, a VNI .txt). Regenerate the documents with blind5/make_files.py."""

import pathlib

import pytest

from bench.extract_quality import evaluate
from gem.ingest.extract import extract_path

BLIND5 = pathlib.Path(__file__).parent / "blind5"


@pytest.fixture(scope="module")
def blind5():
    return evaluate(BLIND5)


def test_it_has_twelve_plans_in_every_format(blind5):
    rows, _total = blind5
    names = [name for name, _ in rows]
    assert len(names) >= 12
    assert {n.rsplit(".", 1)[1] for n in names} >= {"txt", "md", "docx", "pdf"}


def test_it_meets_the_bars_on_blind_set_5(blind5):
    _rows, total = blind5
    assert total.target_accuracy >= 0.95
    assert total.assignment_f1 >= 0.9
    assert total.reporting_f1 >= 0.9


def test_every_plan_of_the_set_meets_the_bars(blind5):
    rows, _total = blind5
    weak = [
        name
        for name, s in rows
        if s.target_accuracy < 0.9 or s.assignment_f1 < 0.8 or s.reporting_f1 < 0.8
    ]
    assert weak == []


def test_a_decision_page_before_the_plan_does_not_end_it():
    plan = extract_path(BLIND5 / "bo-nong-nghiep-moi-truong-2026-2030.pdf").plan
    assert {"kind": "semiannual", "by": "consolidator", "due": "06-25"} in plan["reporting"]


def test_a_tab_typed_table_in_a_text_file_assigns_its_rows():
    plan = extract_path(BLIND5 / "tap-doan-cao-su-viet-nam-2026.txt").plan
    pairs = {(a["agency"], c, a["role"]) for a in plan["assignments"] for c in a["indicators"]}
    assert ("Ban Lao động - Tiền lương", "2.1", "lead") in pairs  # "Mục tiêu 2, chỉ tiêu a)"
    assert ("Ban Truyền thông", "4.3", "lead") in pairs
