"""Blind set 6: twelve more plans by four other engineers who had not read
the extractor's rules (merged provinces with whole-objective Word tables and "Chỉ tiêu 1.1"
codes, a commune PDF, a ward's year-column table with parts, a special zone's "+ Phấn đấu"
lines, a ministry numbering indicators across objectives, a department's PDF annex table, a
mass organisation's tab-typed .txt, a TCVN3 .txt, a layout-table .docx, a web-exported .md).
Regenerate the documents with blind6/make_plans_r6*.py.
Its bars are in test_blind_rounds.py."""

import pathlib

from gem.ingest.extract import extract_path

BLIND6 = pathlib.Path(__file__).parent / "blind6"


def test_table_rows_of_one_indicator_s_parts_are_one_indicator():
    plan = extract_path(BLIND6 / "r6a-dong-nai-2026-2030.docx").plan
    indicator = next(i for o in plan["objectives"] for i in o["indicators"] if i["code"] == "3.2")
    values = [(t["value"], t["year"]) for t in indicator["targets"]]
    assert values == [(85, 2028), (90, 2030), (80, 2028), (90, 2030)]


def test_a_reference_by_content_names_its_indicator():
    plan = extract_path(BLIND6 / "r6b-ly-son-2026.txt").plan
    pairs = {(a["agency"], c) for a in plan["assignments"] for c in a["indicators"]}
    assert ("Công an đặc khu", "3.2") in pairs
    assert ("Phòng Văn hóa - Xã hội", "3.2") not in pairs  # "(trừ chỉ tiêu về nạn nhân ...)"
