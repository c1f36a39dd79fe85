"""The quality bars on the blind set: plans written by hand (other provinces, a commune, a
ministry, an annual and a 2021-2025 plan; text, Markdown, Word and PDF) BEFORE the
extractor's rules were read. Regenerate the documents with blind/make_files.py."""

import pathlib

import pytest

from bench.extract_quality import evaluate
from gem.ingest.assignments import inline_agencies, split_agencies
from gem.ingest.targets import parse_targets

BLIND = pathlib.Path(__file__).parent / "blind"


@pytest.fixture(scope="module")
def blind():
    return evaluate(BLIND)


def test_it_has_eight_blind_plans_in_every_format(blind):
    rows, _total = blind
    names = [name for name, _ in rows]
    assert len(names) >= 8
    assert {n.rsplit(".", 1)[1] for n in names} >= {"txt", "md", "docx", "pdf"}


def test_it_meets_the_bars_on_the_blind_set(blind):
    _rows, total = blind
    assert total.target_accuracy >= 0.95
    assert total.assignment_f1 >= 0.9
    assert total.reporting_f1 >= 0.9


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Tỷ lệ lao động qua đào tạo: nữ đạt 40%, nam đạt 45%.", ["nữ", "nam"]),
        ("Tỷ lệ người dân được tiếp cận ở khu vực thành thị đạt 90%, khu vực nông thôn đạt 80%.",
         ["thành thị", "nông thôn"]),
        ("Tỷ lệ hoàn thành giáo dục tiểu học đạt 96%, hoàn thành cấp trung học cơ sở đạt 90%.",
         ["tiểu học", "trung học cơ sở"]),
        ("Tỷ lệ xã ở vùng đồng bằng đạt 90%, vùng miền núi đạt 70%.", ["đồng bằng", "miền núi"]),
        ("Đạt 90% học sinh được phổ biến vào năm 2028; 100% vào năm 2030.", [None, None]),
    ],
)  # fmt: skip
def test_it_labels_the_parts_an_indicator_is_split_into(text, labels):
    targets, _ = parse_targets(text, 2030)
    assert [t["label"] for t in targets] == labels


def test_it_reads_agency_columns_of_a_table_row():
    text, pairs = inline_agencies(
        "Tỷ lệ ... đạt 88% (chủ trì: Sở Văn hóa, Thể thao và Du lịch; phối hợp: Công an tỉnh,"
        " Sở Y tế)."
    )
    assert text == "Tỷ lệ ... đạt 88%."
    assert pairs == [
        ("Sở Văn hóa, Thể thao và Du lịch", "lead", []),
        ("Công an tỉnh", "support", []),
        ("Sở Y tế", "support", []),
    ]
    assert split_agencies("Sở Nội vụ và Thống kê tỉnh") == ["Sở Nội vụ", "Thống kê tỉnh"]
