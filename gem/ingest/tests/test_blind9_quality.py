"""Blind set 9: twelve conventional plans by four more engineers who had
not read the extractor's rules (provinces, communes, wards and a special zone, a ministry's
annual plan, a provincial department, a Women's Union, provincial annual plans), the
measurement after round 8's rules (see the session's closing note and docs/extractor.md).
Regenerate the documents with blind9/make_plans_r9*.py.
Its bars are in test_blind_rounds.py."""

import pathlib

from gem.ingest.extract import extract_path

BLIND9 = pathlib.Path(__file__).parent / "blind9"


def test_a_table_header_on_two_rows_gives_its_year_columns():
    plan = extract_path(BLIND9 / "r9c-so-gddt-quang-ngai-2026-2030.docx").plan
    first = plan["objectives"][0]["indicators"][0]["targets"]
    assert [(t["value"], t["year"]) for t in first] == [(85, 2028), (90, 2030)]
