"""Blind set 10: twelve conventional plans by four more engineers who had
not read the extractor's rules (provinces, communes and wards, a ministry, a department, a
provincial labour federation, provincial annual plans), the measurement after round 9's
rules (see the session's closing note). Regenerate the documents with
blind10/make_plans_r10*.py.
Its bars are in test_blind_rounds.py."""

import pathlib

from gem.ingest.extract import extract_path

BLIND10 = pathlib.Path(__file__).parent / "blind10"


def test_an_objective_over_one_unmarked_sentence_has_that_indicator():
    plan = extract_path(BLIND10 / "r10b-quynh-tan-hai-2026.pdf").plan
    fifth = next(o for o in plan["objectives"] if o["code"] == "5")
    assert [t["value"] for t in fifth["indicators"][0]["targets"]] == [100, 99.5]
