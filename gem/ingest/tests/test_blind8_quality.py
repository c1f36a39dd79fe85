"""Blind set 8: twelve plans by four more engineers who had not read the
extractor's rules, written the way ordinary officers write them (provinces 2026-2030, communes
and wards, a ministry, a provincial police, a mass organisation, annual provincial plans),
in every format. This set was the measurement after rounds 5-7's rules (see
docs/extractor.md). Regenerate the documents with blind8/make_plans_r8*.py.
Its bars are in test_blind_rounds.py."""

import pathlib

from gem.ingest.extract import extract_path

BLIND8 = pathlib.Path(__file__).parent / "blind8"


def test_agencies_listed_one_a_line_in_a_pdf_table_cell_are_each_assigned():
    plan = extract_path(BLIND8 / "r8a-gia-lai-2026-2030.pdf").plan
    pairs = {(a["agency"], c, a["role"]) for a in plan["assignments"] for c in a["indicators"]}
    assert ("Sở Nội vụ", "3.2", "lead") in pairs
    assert ("Sở Văn hóa, Thể thao và Du lịch", "3.2", "lead") in pairs
