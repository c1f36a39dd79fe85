"""Blind set 11: twelve conventional plans by four more engineers who had
not read the extractor's rules (provinces, communes and wards, a ministry's annual plan, a
department, a provincial police, provincial annual plans), the measurement after round 10's
rules; it met every bar before any change for it (see the session's closing note).
Regenerate the documents with blind11/make_plans_r11*.py.
Its bars are in test_blind_rounds.py."""

import pathlib

from gem.ingest.extract import extract_path

BLIND11 = pathlib.Path(__file__).parent / "blind11"


def test_an_annex_row_naming_its_own_objective_s_indicators_by_number():
    plan = extract_path(BLIND11 / "r11a-quang-ngai-2026-2030.pdf").plan
    pairs = {(a["agency"], c, a["role"]) for a in plan["assignments"] for c in a["indicators"]}
    assert {("Sở Y tế", f"4.{n}", "lead") for n in (1, 2, 3)} <= pairs
