"""Build the corpus's binary files (.docx, .pdf, legacy-encoded .txt) from their sources.

A dev-only tool: the generated files are committed, so tests need none of this.
    .venv/bin/pip install fpdf2   # and fonts-dejavu-core for the PDF font
    .venv/bin/python gem/ingest/tests/corpus/make_files.py
"""

import pathlib

import docx
from docx.shared import Pt

from gem.lib.legacy_encodings import unicode_to_tcvn3, unicode_to_vni

HERE = pathlib.Path(__file__).parent
SOURCES = HERE / "sources"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def build_docx(source: pathlib.Path, target: pathlib.Path) -> None:
    """Source syntax: '@header' lines 'left | right' make the header table; lines starting
    with '|' make a table (first row the header, a row of one cell spans the table);
    '**' wraps bold text; anything else is a paragraph."""
    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    lines = source.read_text(encoding="utf-8").splitlines()
    header = [ln[len("@header ") :].split(" | ") for ln in lines if ln.startswith("@header ")]
    if header:
        table = document.add_table(rows=0, cols=2)
        left = table.add_row().cells
        for cell, column in zip(left, zip(*header, strict=True), strict=True):
            cell.text = "\n".join(c for c in column if c)
    rows: list[list[str]] = []
    for line in [*lines, ""]:
        if line.startswith("@header"):
            continue
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if rows:
            _add_table(document, rows)
            rows = []
        if line.strip():
            _add_paragraph(document, line)
    document.save(target)


def _add_table(document, rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    table = document.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[-1])
            merged.text = row[0]
            continue
        for cell, text in zip(cells, row, strict=False):
            cell.text = text


def _add_paragraph(document, line: str) -> None:
    paragraph = document.add_paragraph()
    for i, part in enumerate(line.split("**")):
        if part:
            paragraph.add_run(part).bold = i % 2 == 1


def build_pdf(source: pathlib.Path, target: pathlib.Path, running_head: str) -> None:
    from fpdf import FPDF

    class Plan(FPDF):
        def header(self):
            self.set_font("serif", size=9)
            self.cell(0, 6, running_head, align="C")
            self.ln(8)

        def footer(self):
            self.set_y(-12)
            self.set_font("serif", size=9)
            self.cell(0, 8, str(self.page_no()), align="C")

    pdf = Plan(format="A4")
    pdf.add_font("serif", "", FONT)
    pdf.add_font("serif", "B", FONT_BOLD)
    pdf.set_margins(25, 20, 20)
    pdf.add_page()
    for line in source.read_text(encoding="utf-8").splitlines():
        bold = line.startswith("**")
        pdf.set_font("serif", "B" if bold else "", 12)
        pdf.multi_cell(0, 6, line.strip("*") or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


def main() -> None:
    for name in ("quang-tri-2026-2030", "phuong-an-khanh-2026"):
        build_docx(SOURCES / f"{name}.txt", HERE / f"{name}.docx")
    build_pdf(
        SOURCES / "ha-tinh-2026-2030.txt",
        HERE / "ha-tinh-2026-2030.pdf",
        "Kế hoạch thực hiện bình đẳng giới tỉnh Hà Tĩnh 2026-2030",
    )
    text = (SOURCES / "xa-thoi-lai-2026.txt").read_text(encoding="utf-8")
    (HERE / "xa-thoi-lai-2026.tcvn3.txt").write_bytes(unicode_to_tcvn3(text))
    (HERE / "xa-thoi-lai-2026.vni.txt").write_bytes(unicode_to_vni(text))


if __name__ == "__main__":
    main()
