"""Blind set 5: twelve plans written by four engineers who had not read the
extractor's rules, modelled on real plans of their kind (provinces 2021-2030 and 2026-2030,
communes and wards, a ministry, a provincial department, a state corporation, a city's annual
plan, a VNI .txt). Regenerate the documents with blind5/make_files.py.
Its bars are in test_blind_rounds.py."""

import pathlib

from gem.ingest.extract import extract_path

BLIND5 = pathlib.Path(__file__).parent / "blind5"


def test_a_decision_page_before_the_plan_does_not_end_it():
    plan = extract_path(BLIND5 / "bo-nong-nghiep-moi-truong-2026-2030.pdf").plan
    assert {"kind": "semiannual", "by": "consolidator", "due": "06-25"} in plan["reporting"]


def test_a_tab_typed_table_in_a_text_file_assigns_its_rows():
    plan = extract_path(BLIND5 / "tap-doan-cao-su-viet-nam-2026.txt").plan
    pairs = {(a["agency"], c, a["role"]) for a in plan["assignments"] for c in a["indicators"]}
    assert ("Ban Lao động - Tiền lương", "2.1", "lead") in pairs  # "Mục tiêu 2, chỉ tiêu a)"
    assert ("Ban Truyền thông", "4.3", "lead") in pairs
