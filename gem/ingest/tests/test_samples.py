import json

import pytest

from gem.ingest.extract import extract_path
from gem.ingest.tests.conftest import FIXTURES, expected_for

SAMPLES = sorted(FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_it_extracts_each_sample_exactly(path):
    plan = json.loads(json.dumps(extract_path(path).plan))
    assert plan == expected_for(path)


def test_it_points_evidence_at_the_sentence_of_each_target():
    extraction = extract_path(FIXTURES / "thanh-hoa-2026-2030.txt")
    start, end = extraction.evidence["objectives[3].indicators[0].targets[0]"]
    assert "109 bé trai/100 bé gái" in extraction.text[start:end]
    start, end = extraction.evidence["reporting[4]"]
    assert "05/10/2030" in extraction.text[start:end]
    start, end = extraction.evidence["assignments[0]"]
    assert "Mục tiêu 1" in extraction.text[start:end]


def test_it_keeps_notes_and_recipients_as_optional_keys():
    extraction = extract_path(FIXTURES / "thanh-hoa-2026-2030.txt")
    plan = extraction.with_optional()
    assert plan["assignments"][0]["note"] == "3.2: số liệu về bạo lực trên cơ sở giới"
    assert plan["reporting"][1]["to"] == "UBND tỉnh, Bộ Nội vụ"
    assert "note" not in extraction.plan["assignments"][0]
