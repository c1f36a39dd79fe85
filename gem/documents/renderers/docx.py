"""The report as a Word document in the state's administrative format (Nghị định 30/2020/NĐ-CP).

`render(data) -> bytes` takes the plain data tree built by `gem.documents.data.report_data` and
lays it out; it holds no wording of its own (every text comes from the tree).
"""

import io

from docx import Document
from docx.shared import Cm, Pt

from gem.documents.renderers import docxstyle as st
from gem.documents.renderers.wordchart import add_chart

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
RESULT_WIDTHS = (Cm(1.3), Cm(6.6), Cm(2.6), Cm(2.9), Cm(3.1))
SEX_WIDTHS = (Cm(1.3), Cm(8.0), Cm(2.4), Cm(2.4), Cm(2.4))


def render(data: dict) -> bytes:
    doc = Document()
    st.setup_document(doc)
    _header(doc, data)
    _title(doc, data)
    st.add_text(doc, data["intro"])
    sections = [
        (data["labels"]["results"], _results),
        (data["labels"]["completeness"], _completeness),
        (data["labels"]["difficulties"], lambda d, x: _paragraphs(d, x["difficulties"])),
        (data["labels"]["recommendations"], lambda d, x: _paragraphs(d, x["recommendations"])),
    ]
    for number, (heading, body) in enumerate(sections):
        _heading(doc, f"{ROMAN[number]}. {heading.upper()}", level=1)
        body(doc, data)
    st.add_text(doc, data["closing"])
    _signature(doc, data)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _header(doc, data: dict) -> None:
    issuer, header = data["issuer"], data["header"]
    table = doc.add_table(rows=1, cols=2)
    st.borderless(table)
    st.set_widths(table, (Cm(6.2), Cm(10.3)))
    left, right = table.rows[0].cells
    if issuer["parent"]:
        st.first_paragraph(left, issuer["parent"], size=13)
        for line in issuer["lines"]:
            st.add_text(left, line, size=13, bold=True, align=st.CENTER, indent=False, after=0)
    else:
        st.first_paragraph(left, issuer["lines"][0], size=13, bold=True)
        for line in issuer["lines"][1:]:
            st.add_text(left, line, size=13, bold=True, align=st.CENTER, indent=False, after=0)
    st.add_rule(left, indent_cm=2.2, before=1, after=4)
    st.add_text(left, header["number"], size=13, align=st.CENTER, indent=False, after=0)
    st.first_paragraph(right, header["motto"][0], size=13, bold=True)
    st.add_text(
        right, header["motto"][1], size=14, bold=True, align=st.CENTER, indent=False, after=0
    )
    st.add_rule(right, indent_cm=1.75, before=1, after=4)
    st.add_text(
        right, header["place_date"], size=14, italic=True, align=st.CENTER, indent=False, after=0
    )


def _heading(doc, text: str, level: int) -> None:
    paragraph = doc.add_paragraph(style=f"Heading {level}")
    st.style_run(paragraph.add_run(text), bold=True, italic=level == 3)


def _title(doc, data: dict) -> None:
    st.add_text(doc, data["title"], bold=True, align=st.CENTER, indent=False, before=18, after=0)
    for line in data["subtitle"]:
        st.add_text(doc, line, bold=True, align=st.CENTER, indent=False, after=0)
    st.add_rule(doc, indent_cm=6.0, before=2, after=12)


def _paragraphs(doc, texts: list[str]) -> None:
    for text in texts:
        st.add_text(doc, text)


def _results(doc, data: dict) -> None:
    labels = data["labels"]
    if not data["has_data"]:
        st.add_text(doc, data["no_data"])
    _heading(doc, f"1. {labels['overall']}", level=2)
    _caption(doc, labels["table_results"])
    _results_table(doc, data)
    _heading(doc, f"2. {labels['by_sex']}", level=2)
    if data["by_sex_rows"]:
        _caption(doc, labels["table_by_sex"])
        _by_sex_table(doc, data)
    else:
        st.add_text(doc, labels["no_by_sex"])
    for chart in data["charts"]:
        _chart(doc, chart)
    _heading(doc, f"3. {labels['by_objective']}", level=2)
    for index, objective in enumerate(data["objectives"]):
        _heading(doc, f"{chr(ord('a') + index)}) {objective['heading']}", level=3)
        for part in objective["sentences"]:
            st.add_text(doc, part)
        if objective["narratives"]:
            st.add_text(doc, labels["narratives"], italic=True, keep=True)
            for item in objective["narratives"]:
                st.add_text(doc, f"- {item['source']}: {item['text']}")


def _caption(doc, text: str) -> None:
    st.add_text(doc, text, size=13, bold=True, align=st.CENTER, indent=False, before=6, keep=True)


def _table(doc, columns: list[str], widths) -> object:
    table = doc.add_table(rows=1, cols=len(columns))
    table.style = doc.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, columns, strict=True):
        st.first_paragraph(cell, text, size=st.TABLE_PT, bold=True)
        st.shade(cell)
    st.repeat_header(table.rows[0])
    st.set_widths(table, widths)
    return table


def _cells(table, texts: list[str], aligns, *, bold=False) -> None:
    row = table.add_row()
    for cell, text, align in zip(row.cells, texts, aligns, strict=True):
        st.first_paragraph(cell, text, size=st.TABLE_PT, bold=bold, align=align)


def _group_row(table, text: str) -> None:
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    st.first_paragraph(merged, text, size=st.TABLE_PT, bold=True, align=st.LEFT)


def _results_table(doc, data: dict) -> None:
    table = _table(doc, data["labels"]["results_columns"], RESULT_WIDTHS)
    aligns = (st.CENTER, st.LEFT, st.CENTER, st.CENTER, st.CENTER)
    for objective in data["objectives"]:
        _group_row(table, objective["heading"])
        for row in objective["rows"]:
            texts = [row["stt"], row["name"], row["value_text"], row["target_text"]]
            _cells(table, [*texts, row["status_text"]], aligns)
    st.cell_widths(table, RESULT_WIDTHS)


def _by_sex_table(doc, data: dict) -> None:
    table = _table(doc, data["labels"]["by_sex_columns"], SEX_WIDTHS)
    aligns = (st.CENTER, st.LEFT, st.CENTER, st.CENTER, st.CENTER)
    for row in data["by_sex_rows"]:
        texts = [row["stt"], row["name"], row["female_text"], row["male_text"]]
        _cells(table, [*texts, row["value_text"]], aligns)
    st.cell_widths(table, SEX_WIDTHS)


def _chart(doc, chart: dict) -> None:
    paragraph = doc.add_paragraph()
    paragraph.alignment = st.CENTER
    paragraph.paragraph_format.space_before = Pt(6)
    paragraph.paragraph_format.first_line_indent = Cm(0)
    paragraph.paragraph_format.keep_with_next = True
    add_chart(paragraph, chart, width=Cm(16), height=Cm(8))
    st.add_text(doc, chart["caption"], size=13, italic=True, align=st.CENTER, indent=False)


def _completeness(doc, data: dict) -> None:
    for text in data["completeness"]["sentences"]:
        st.add_text(doc, text)


def _signature(doc, data: dict) -> None:
    st.add_text(doc, "", after=0)
    table = doc.add_table(rows=1, cols=2)
    st.borderless(table)
    st.set_widths(table, (Cm(8.5), Cm(8.0)))
    left, right = table.rows[0].cells
    recipients = data["recipients"]
    st.first_paragraph(left, recipients["heading"], size=12, bold=True, italic=True, align=st.LEFT)
    for item in recipients["items"]:
        st.add_text(left, item, size=11, align=st.LEFT, indent=False, after=0)
    signature = data["signature"]
    st.first_paragraph(right, signature["lines"][0], size=14, bold=True)
    for line in signature["lines"][1:]:
        st.add_text(right, line, size=14, bold=True, align=st.CENTER, indent=False, after=0)
    for _ in range(4):
        st.add_text(right, "", size=14, align=st.CENTER, indent=False, after=0)
    if signature["name"]:
        st.add_text(right, signature["name"], size=14, bold=True, align=st.CENTER, indent=False)
