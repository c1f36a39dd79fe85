"""Page, fonts and small layout helpers for Word documents in the state format.

Nghị định 30/2020/NĐ-CP, Phụ lục I: A4; margins top 20-25 mm, bottom 20-25 mm, left 30-35 mm,
right 15-20 mm; Times New Roman 13-14 pt; page numbers centred at the top from page 2.
"""

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 12
PAGE = {"width": Mm(210), "height": Mm(297), "top": Mm(20), "bottom": Mm(20)}
MARGIN_LEFT, MARGIN_RIGHT = Mm(30), Mm(15)
TEXT_WIDTH = Mm(210 - 30 - 15)
CENTER, JUSTIFY, LEFT = (
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.JUSTIFY,
    WD_ALIGN_PARAGRAPH.LEFT,
)
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT


def setup_document(doc) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE["width"], PAGE["height"]
    section.top_margin, section.bottom_margin = PAGE["top"], PAGE["bottom"]
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.header_distance = section.footer_distance = Mm(10)
    for name in ("Normal", "Table Grid"):
        style = doc.styles[name]
        style.font.name = FONT
        _east_asian_font(style.element)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(6), 1.15
    for level in (1, 2, 3):
        style = doc.styles[f"Heading {level}"]
        style.font.name, style.font.size, style.font.bold = FONT, Pt(BODY_PT), True
        style.font.italic = level == 3
        style.font.color.rgb = RGBColor(0, 0, 0)
        _east_asian_font(style.element)
        style.paragraph_format.space_before = Pt(6)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.first_line_indent = Cm(1)
        style.paragraph_format.keep_with_next = True
    _document_language(doc, "vi-VN")
    _page_numbers(section)


def _east_asian_font(element) -> None:
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)


def _document_language(doc, lang: str) -> None:
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    node = rpr.find(qn("w:lang"))
    if node is None:
        node = OxmlElement("w:lang")
        rpr.append(node)
    node.set(qn("w:val"), lang)


def _page_numbers(section) -> None:
    """Page number centred at the top, not on the first page (Nghị định 30)."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = CENTER
    run = paragraph.add_run()
    style_run(run, size=13)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
        else:
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = text
        run._r.append(node)


def style_run(run, *, size=BODY_PT, bold=False, italic=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    fonts.set(qn("w:cs"), FONT)
    fonts.set(qn("w:eastAsia"), FONT)
    return run


def add_text(
    container,
    text: str,
    *,
    size=BODY_PT,
    bold=False,
    italic=False,
    align=JUSTIFY,
    indent=True,
    after=6,
    before=0,
    keep=False,
):
    """A paragraph with one run of text; `indent` is the first-line indent of body text."""
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.space_after, fmt.space_before = Pt(after), Pt(before)
    fmt.first_line_indent = Cm(1) if indent else Cm(0)
    fmt.keep_with_next = keep
    style_run(paragraph.add_run(text), size=size, bold=bold, italic=italic)
    return paragraph


def add_rule(container, *, indent_cm: float, before=0, after=0):
    """A short centred horizontal rule: an empty paragraph with a top border."""
    paragraph = container.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.left_indent = fmt.right_indent = Cm(indent_cm)
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(before), Pt(after), Pt(2)
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        top.set(qn(key), value)
    borders.append(top)
    ppr.append(borders)
    return paragraph


def first_paragraph(cell, text: str, **kwargs):
    """Write into a table cell's existing first paragraph instead of adding one."""
    paragraph = cell.paragraphs[0]
    paragraph.alignment = kwargs.pop("align", CENTER)
    fmt = paragraph.paragraph_format
    fmt.space_after, fmt.space_before = Pt(kwargs.pop("after", 0)), Pt(0)
    fmt.first_line_indent = Cm(0)
    style_run(paragraph.add_run(text), **kwargs)
    return paragraph


def borderless(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        node = OxmlElement(f"w:{edge}")
        node.set(qn("w:val"), "nil")
        borders.append(node)
    tbl_pr.append(borders)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER


def set_widths(table, widths) -> None:
    """Fixed column widths, honoured by Word and LibreOffice alike (grid, cells and layout)."""
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for column, width in zip(table.columns, widths, strict=False):
        column.width = width
    cell_widths(table, widths)


def cell_widths(table, widths) -> None:
    for row in table.rows:
        cells = row.cells
        if len(cells) != len(widths) or len({id(c._tc) for c in cells}) != len(cells):
            continue  # a merged row (group heading) spans the whole width
        for cell, width in zip(cells, widths, strict=True):
            cell.width = width


def repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    node = OxmlElement("w:tblHeader")
    node.set(qn("w:val"), "true")
    trpr.append(node)


def shade(cell, fill: str = "F2F2F2") -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    node = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        node.set(qn(key), value)
    tcpr.append(node)


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
