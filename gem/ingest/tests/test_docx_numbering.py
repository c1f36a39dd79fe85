"""Word's automatic list numbering is read as the officer sees it."""

import io

import docx
from docx.oxml import parse_xml

from gem.ingest.extract import extract_document
from gem.ingest.parsers.docx import parse

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _lettered_list(document) -> str:
    """Add a list numbered "a)", "b)" (level 0) with "-" bullets under it (level 1); its numId."""
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
            '<w:lvlText w:val="%1)"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            '<w:lvlText w:val="-"/></w:lvl></w:abstractNum>'
        ),
    )
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _numbered(document, text: str, num_id: str, level: int):
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def _plan() -> bytes:
    document = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", "KẾ HOẠCH",
                 "Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Bạc Liêu năm 2026",
                 "MỤC TIÊU"):  # fmt: skip
        document.add_paragraph(line)
    letters = _lettered_list(document)
    _numbered(document, "Trong lĩnh vực chính trị", letters, 0)
    _numbered(document, "Chỉ tiêu 1: Đạt 60% cơ quan có lãnh đạo chủ chốt là nữ.", letters, 1)
    _numbered(document, "Trong lĩnh vực kinh tế, lao động", letters, 0)
    _numbered(document, "Chỉ tiêu 1: Tỷ lệ lao động nữ làm công hưởng lương đạt 50%.", letters, 1)
    document.add_paragraph("TỔ CHỨC THỰC HIỆN")
    document.add_paragraph("Sở Nội vụ: chủ trì theo dõi Mục tiêu 1.", style="List Number")
    document.add_paragraph("Sở Tài chính: chủ trì theo dõi Mục tiêu 2.", style="List Number")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_it_writes_list_numbers_and_bullets_before_the_text():
    lines = parse(_plan()).splitlines()
    assert "a) Trong lĩnh vực chính trị" in lines
    assert "- Chỉ tiêu 1: Đạt 60% cơ quan có lãnh đạo chủ chốt là nữ." in lines
    assert "b) Trong lĩnh vực kinh tế, lao động" in lines
    assert "2. Sở Tài chính: chủ trì theo dõi Mục tiêu 2." in lines


def test_a_plan_numbered_by_word_is_read_whole():
    plan = extract_document(_plan(), "ke-hoach.docx").plan
    assert [o["title"] for o in plan["objectives"]] == [
        "Trong lĩnh vực chính trị",
        "Trong lĩnh vực kinh tế, lao động",
    ]
    pairs = {(a["agency"], c) for a in plan["assignments"] for c in a["indicators"]}
    assert pairs == {("Sở Nội vụ", "1.1"), ("Sở Tài chính", "2.1")}
