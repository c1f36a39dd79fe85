"""Plans saved as PDF from Word (LibreOffice here) read as well as the .docx they came from:
indicator tables, assignment annexes and rows broken over pages survive the PDF.

Needs soffice (libreoffice-writer-nogui): skipped only when it is absent AND CI is unset.
"""

import json
import pathlib
import subprocess

import pytest

from gem.conftest import require_tools
from gem.ingest.extract import extract_path
from gem.ingest.scoring import score

TESTS = pathlib.Path(__file__).parent
PLANS = [
    TESTS / "blind5" / "so-y-te-nghe-an-2026-2030.docx",  # indicators only in a Word table
    TESTS / "blind5" / "tuyen-quang-2021-2030.docx",  # merged cells, an annex of agencies
    TESTS / "blind5" / "xa-kim-binh-son-tuyen-quang-2027.docx",
    TESTS / "blind6" / "r6a-dong-nai-2026-2030.docx",  # objectives as one table, parts rows
]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    require_tools("soffice")
    out = tmp_path_factory.mktemp("pdf")
    profile = f"-env:UserInstallation=file://{out}/lo-profile"
    subprocess.run(
        ["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(out),
         *map(str, PLANS)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return {p: out / (p.stem + ".pdf") for p in PLANS}


@pytest.mark.parametrize("docx", PLANS, ids=lambda p: p.stem)
def test_the_pdf_of_a_word_plan_reads_like_the_word_file(pdfs, docx):
    expected = json.loads(docx.with_name(docx.stem + ".expected.json").read_text("utf-8"))
    s = score(extract_path(pdfs[docx]).plan, expected)
    assert s.target_accuracy == 1.0
    assert s.assignment_f1 >= 0.95
    assert s.reporting_f1 == 1.0
