"""Blind set 7: twelve plans by four more engineers who had not read the
extractor's rules, in the shapes that had failed before: lists numbered by Word itself, PDFs
saved from Word with every target in tables, objectives written as one paragraph, indicators
numbered across objectives or given as "-" items, references by position ("chỉ tiêu thứ
hai"), tables with one row per agency, deadline columns per sender, varied target wordings.
Regenerate the documents with blind7/make_plans_r7*.py (python-docx, fpdf2, LibreOffice).
Its bars are in test_blind_rounds.py."""

import pathlib

from gem.ingest.extract import extract_path

BLIND7 = pathlib.Path(__file__).parent / "blind7"


def _pairs(name: str) -> set:
    plan = extract_path(BLIND7 / name).plan
    return {(a["agency"], c, a["role"]) for a in plan["assignments"] for c in a["indicators"]}


def test_a_table_with_one_row_per_agency_assigns_the_references_in_its_role_columns():
    pairs = _pairs("r7a-dien-bien-2026-2030.pdf")
    assert ("Sở Tài chính", "2.3", "lead") in pairs
    assert ("Sở Tài chính", "3.1", "support") in pairs


def test_indicators_numbered_by_word_under_an_objective_are_its_indicators():
    plan = extract_path(BLIND7 / "r7b-thach-lam-dong-2027.docx").plan
    first = plan["objectives"][0]["indicators"]
    assert [i["code"] for i in first] == ["1.1", "1.2"]
    assert first[0]["targets"][0]["value"] == 60
