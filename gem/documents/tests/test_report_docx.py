"""The Word report: reopened with python-docx and checked against the progress selector."""

import io
import re

from docx import Document
from docx.enum.shape import WD_INLINE_SHAPE
from docx.shared import Pt

from gem.analytics.selectors import progress_get
from gem.documents.compose import compose
from gem.documents.renderers import docx as docx_renderer
from gem.documents.services import report_export
from gem.documents.tests.conftest import ISSUED
from gem.documents.tests.facts import facts
from gem.lib.numbers import format_vn_number
from gem.orgs.models import Agency


def export(figures, user, **kwargs):
    options = {"period_code": "2026S1", "kind": "semiannual", "issued_on": ISSUED}
    options.update(kwargs)
    unit = options.pop("org_unit", figures["province"])
    content = report_export(
        plan=figures["plan"], org_unit=unit, fmt="docx", user=user, **options
    ).content
    return Document(io.BytesIO(content))


def code_of(row) -> str:
    return re.match(r"\d+\.\d+", row.cells[1].text).group(0)


def all_text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_it_writes_the_state_format_header_and_page(figures, admin_user):
    doc = export(figures, admin_user)
    header = doc.tables[0]
    left, right = (cell.text for cell in header.rows[0].cells)
    assert left.split("\n")[:2] == ["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA"]
    assert "Số: …/BC-UBND" in left
    assert right.split("\n")[:2] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    date_line = header.rows[0].cells[1].paragraphs[-1]
    assert date_line.text == "Thanh Hóa, ngày 25 tháng 6 năm 2026"
    assert date_line.runs[0].font.italic
    assert header.rows[0].cells[1].paragraphs[0].runs[0].font.bold
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    mm = {k: round(getattr(section, f"{k}_margin").mm) for k in ("top", "bottom", "left", "right")}
    assert 20 <= mm["top"] <= 25 and 20 <= mm["bottom"] <= 25
    assert 30 <= mm["left"] <= 35 and 15 <= mm["right"] <= 20
    texts = [p.text for p in doc.paragraphs]
    assert "BÁO CÁO" in texts
    assert "Kết quả thực hiện công tác bình đẳng giới 6 tháng đầu năm 2026" in texts
    assert "I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU" in texts
    assert "III. KHÓ KHĂN, VƯỚNG MẮC" in texts and "IV. KIẾN NGHỊ, ĐỀ XUẤT" in texts


def test_it_uses_times_new_roman_13_to_14_pt_for_the_body(figures, admin_user):
    doc = export(figures, admin_user)
    assert doc.styles["Normal"].font.name == "Times New Roman"
    runs = [r for p in doc.paragraphs for r in p.runs if r.text.strip()]
    assert runs and all(r.font.name == "Times New Roman" for r in runs)
    assert all(Pt(13) <= r.font.size <= Pt(14) for r in runs)
    signature = doc.tables[-1].rows[0].cells
    recipients = signature[0].paragraphs
    assert recipients[0].text == "Nơi nhận:" and recipients[0].runs[0].font.size == Pt(12)
    assert recipients[0].runs[0].font.italic and recipients[0].runs[0].font.bold
    assert all(p.runs[0].font.size == Pt(11) for p in recipients[1:])
    assert [p.text for p in signature[1].paragraphs[:3]] == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    ]


def test_it_puts_the_progress_figures_in_the_results_table(figures, admin_user):
    doc = export(figures, admin_user)
    progress = progress_get(
        plan=figures["plan"], org_unit=figures["province"], period_code="2026S1"
    )
    parts = {(i["code"], p["part"]): p for i in progress["indicators"] for p in i["parts"]}
    results = doc.tables[1]
    assert [c.text for c in results.rows[0].cells] == [
        "STT",
        "Chỉ tiêu",
        "Kết quả",
        "Chỉ tiêu cần đạt",
        "Đánh giá",
    ]
    rows = {code_of(r): r for r in results.rows[1:] if r.cells[0].text.isdigit()}
    for code in ("1.1", "6.1"):
        value = parts[(code, 0)]["value"]
        assert rows[code].cells[2].text == f"{format_vn_number(value)}%"
    assert rows["1.1"].cells[2].text == "31%"
    assert rows["1.1"].cells[3].text == "≥ 75% (2030)"
    assert rows["1.1"].cells[4].text == "Chưa đủ số liệu"
    # 3.2 (người bị bạo lực): 3 + 1 + 2 + 0 of 30 + 15 + 4 + 1 = 6/50 -> 12%
    assert parts[("3.2", 0)]["value"] == 12
    assert rows["3.2"].cells[2].text == "12%"
    by_sex = doc.tables[2]
    assert [c.text for c in by_sex.rows[0].cells] == ["STT", "Chỉ tiêu", "Nữ", "Nam", "Tổng số"]
    female = parts[("3.2", 0)]["bySex"]["female"]["value"]
    row = next(r for r in by_sex.rows[1:] if r.cells[1].text.startswith("3.2"))
    assert row.cells[2].text == f"{format_vn_number(female)}%" == "14,71%"


def test_it_draws_the_charts_as_native_word_charts(figures, admin_user):
    doc = export(figures, admin_user)
    shapes = list(doc.inline_shapes)
    assert len(shapes) == 2
    assert all(s.type == WD_INLINE_SHAPE.CHART for s in shapes)
    charts = [p for p in doc.part.package.iter_parts() if "/charts/" in str(p.partname)]
    xml = charts[0].blob.decode("utf-8")
    assert "Kết quả và chỉ tiêu cần đạt (%)" in xml and "<a:t>12</a:t>" in xml


def test_it_writes_decimal_commas_and_leaves_no_placeholder(figures, admin_user):
    text = all_text(export(figures, admin_user))
    assert "14,71%" in text and "(6/50)" in text
    assert not re.search(r"\d\.\d{1,2}%", text)
    for bad in ("None", "nan", "TODO", "Indicator", "Objective", "%(", "{"):
        assert bad not in text
    assert "Tổ chức 12 lớp tập huấn" in text  # the unit's narrative under objective 3
    assert "Sở Nội vụ" in text


def test_it_says_there_is_no_data_for_an_empty_period(figures, admin_user):
    doc = export(figures, admin_user, period_code="2027S1")
    text = all_text(doc)
    assert "Chưa có số liệu báo cáo 6 tháng đầu năm 2027" in text
    assert "Trong kỳ báo cáo chưa có số liệu tách biệt theo giới tính." in text
    assert len(doc.inline_shapes) == 0
    assert "None" not in text and "TODO" not in text


def test_it_writes_a_department_report_signed_by_its_director(figures, admin_user):
    agency = Agency.objects.get(org_unit=figures["province"], name="Sở Y tế")
    doc = export(figures, admin_user, agency=agency)
    left = doc.tables[0].rows[0].cells[0].text.split("\n")
    assert left[:2] == ["UBND TỈNH THANH HÓA", "SỞ Y TẾ"]
    assert "Số: …/BC-SYT" in left
    assert doc.tables[-1].rows[0].cells[1].paragraphs[0].text == "GIÁM ĐỐC"
    codes = {code_of(r) for r in doc.tables[1].rows[1:] if r.cells[0].text.isdigit()}
    assert codes == {"3.4", "4.1", "4.2", "4.3"}


def test_it_lets_the_consolidator_issue_the_province_report(figures, admin_user):
    doc = export(figures, admin_user, issuer="consolidator")
    left = doc.tables[0].rows[0].cells[0].text.split("\n")
    assert left[:2] == ["UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"] and "Số: …/BC-SNV" in left


def test_it_renders_hand_built_data_with_a_commune_date_line():
    data = compose(
        {**facts(), "unit": {"code": "16000", "name": "Xã Hoằng Hóa", "level": "commune"}}
    )
    doc = Document(io.BytesIO(docx_renderer.render(data)))
    assert doc.tables[0].rows[0].cells[1].paragraphs[-1].text.startswith("Hoằng Hóa, ngày 25")
