"""python -m gem report: writes the file; bad arguments give one line and exit status 2."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from docx import Document

from gem.core.models import AuditEvent

ROOT = Path(__file__).resolve().parents[3]


def test_it_writes_the_report_and_audits_the_export(figures, tmp_path):
    out = tmp_path / "bao-cao.docx"
    call_command(
        "report",
        "--plan",
        str(figures["plan"].pk),
        "--unit",
        "38",
        "--period",
        "2026S1",
        "--kind",
        "semiannual",
        "--format",
        "docx",
        "-o",
        str(out),
        "--date",
        "2026-06-25",
    )
    doc = Document(str(out))
    assert "Thanh Hóa, ngày 25 tháng 6 năm 2026" in doc.tables[0].rows[0].cells[1].text
    event = AuditEvent.objects.filter(action="report.export").latest("pk")
    assert event.extra["format"] == "docx" and event.extra["unit"] == "38"


@pytest.mark.parametrize(
    "args, message",
    [
        (["--period", "2026X"], "không phải mã kỳ báo cáo"),
        (["--kind", "annual"], "không thuộc loại báo cáo"),
        (["--unit", "99999"], "org unit 99999"),
        (["--period", "2040S1"], "nằm ngoài thời gian"),
    ],
)
def test_it_refuses_bad_arguments_with_one_line(figures, tmp_path, args, message):
    base = {
        "--plan": str(figures["plan"].pk),
        "--unit": "38",
        "--period": "2026S1",
        "--kind": "semiannual",
        "--format": "docx",
        "-o": str(tmp_path / "x.docx"),
    }
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    with pytest.raises(CommandError) as info:
        call_command("report", *[x for pair in base.items() for x in pair])
    assert info.value.returncode == 2
    assert message in str(info.value) and "\n" not in str(info.value)
    assert not (tmp_path / "x.docx").exists()


def test_it_exits_with_status_2_from_the_shell(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "gem",
            "report",
            "--plan",
            "1",
            "--unit",
            "38",
            "--period",
            "2026S1",
            "--kind",
            "weekly",
            "--format",
            "docx",
            "-o",
            str(tmp_path / "x.docx"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"SECRET_KEY": "x", "GEM_HTTPS": "0", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 2
    assert "weekly" in result.stderr
