import io

import docx

from gem.ingest.normalise import normalise
from gem.ingest.parsers import parse
from gem.ingest.parsers.pdf import join_wrapped
from gem.ingest.tests.conftest import CORPUS


def test_it_reads_docx_paragraphs_and_tables_in_body_order():
    document = docx.Document()
    header = document.add_table(rows=1, cols=2).rows[0].cells
    header[0].text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH"
    header[1].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    document.add_paragraph("KẾ HOẠCH")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Chỉ tiêu 1"
    table.rows[0].cells[1].text = "Đạt 60%."
    document.add_paragraph("Kết thúc")
    buffer = io.BytesIO()
    document.save(buffer)
    lines = normalise(parse(buffer.getvalue(), "plan.docx")).splitlines()
    assert lines[:2] == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH"]
    assert lines[-3:] == ["KẾ HOẠCH", "Chỉ tiêu 1: Đạt 60%.", "Kết thúc"]


def test_it_rebuilds_paragraphs_wrapped_in_a_pdf():
    lines = [
        "- Chỉ tiêu 1: Tỷ lệ lao động nữ làm công hưởng lương đạt 60% vào",
        "năm 2030, bảo đảm việc làm bền vững cho lao động nữ ở nông thôn",
        "và thành thị.",
        "- Chỉ tiêu 2: Tỷ lệ nữ giám đốc đạt 30%.",
    ]
    assert join_wrapped(lines) == [
        " ".join(lines[:3]),
        lines[3],
    ]


def test_it_drops_page_numbers_and_running_heads_from_a_pdf():
    text = parse((CORPUS / "ha-tinh-2026-2030.pdf").read_bytes(), "plan.pdf")
    assert "Kế hoạch thực hiện bình đẳng giới tỉnh Hà Tĩnh 2026-2030" not in text
    assert not any(line.strip().isdigit() for line in text.splitlines())
