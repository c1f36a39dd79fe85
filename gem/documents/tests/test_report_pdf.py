"""The demo province report converts to PDF with LibreOffice and looks like an official document.

Page 1 is kept as test-artifacts/report-page1.png. Needs soffice (libreoffice-writer-nogui) and
pdftoppm/pdftotext (poppler-utils): skipped only when they are absent AND CI is unset.
"""

import subprocess
from pathlib import Path

from gem.conftest import require_tools
from gem.documents.services import report_export
from gem.documents.tests.conftest import ISSUED

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"
TOOLS = ("soffice", "pdftoppm", "pdftotext")


def test_it_converts_the_demo_province_report_to_pdf(figures, admin_user, tmp_path):
    require_tools(*TOOLS)
    content = report_export(
        plan=figures["plan"],
        org_unit=figures["province"],
        period_code="2026S1",
        kind="semiannual",
        fmt="docx",
        user=admin_user,
        issued_on=ISSUED,
    ).content
    source = tmp_path / "bao-cao.docx"
    source.write_bytes(content)
    profile = f"-env:UserInstallation=file://{tmp_path}/lo-profile"
    subprocess.run(
        [
            "soffice",
            profile,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "bao-cao.pdf"
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN",
        "Số: …/BC-UBND",
        "BÁO CÁO",
        "Thanh Hóa, ngày 25 tháng 6 năm 2026",
    ):
        assert expected in text
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(ARTIFACTS / "report-page1"),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    png = ARTIFACTS / "report-page1.png"
    assert png.stat().st_size > 10_000
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
