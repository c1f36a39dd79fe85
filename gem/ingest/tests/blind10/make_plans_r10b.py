"""Render the r10b blind plans and their expected JSON.

Run with /tmp/genvenv/bin/python (fpdf2 + python-docx). The .md plan goes through
blind3/render.py's render(); the .docx and .pdf plans use the small Word builder below
(official-format header table, centred title, Word "List Number" numbering, merged table
cells), and the .pdf is that Word file converted by LibreOffice (soffice --headless).
"""

import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

from plans_r10b import PLANS  # noqa: E402
from render import render  # noqa: E402


def _runs(par, text, bold=False, italic=False, size=None):
    for part in re.split(r"(\*\*.+?\*\*|\*.+?\*)", text):
        if not part:
            continue
        b, i = bold, italic
        if part.startswith("**"):
            part, b = part[2:-2], True
        elif part.startswith("*"):
            part, i = part[1:-1], True
        run = par.add_run(part)
        run.bold = b or None
        run.italic = i or None
        if size:
            from docx.shared import Pt

            run.font.size = Pt(size)


def _word(blocks, out, size=13):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    for name in ("Normal", "List Number", "List Bullet"):
        st = d.styles[name]
        st.font.name = "Times New Roman"
        st.font.size = Pt(size)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    first_header = True
    for b in blocks:
        if isinstance(b, str):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
            p.paragraph_format.space_after = Pt(4)
            _runs(p, b)
        elif b[0] == "center":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(p, b[1])
        elif b[0] == "list":
            p = d.add_paragraph(style=b[1])
            _runs(p, b[2])
        elif b[0] == "header":
            left, right = b[1], b[2]
            t = d.add_table(rows=1, cols=2)
            t.autofit = False
            for col, w in ((0, Cm(6.3)), (1, Cm(9.7))):
                t.columns[col].width = w
                t.cell(0, col).width = w
            for col, lines in ((0, left), (1, right)):
                cell = t.cell(0, col)
                cell.paragraphs[0].text = ""
                for k, line in enumerate(lines):
                    p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    sign_left = (not first_header) and col == 0
                    p.alignment = (
                        WD_ALIGN_PARAGRAPH.LEFT if sign_left else WD_ALIGN_PARAGRAPH.CENTER
                    )
                    bold = line.isupper() or line.startswith("Độc lập") or line == "Nơi nhận:"
                    italic = "ngày" in line and "tháng" in line or line == "Nơi nhận:"
                    _runs(p, line, bold=bold, italic=italic, size=(11 if sign_left and k else 12.5))
            first_header = False
            d.add_paragraph()
        elif b[0] == "table":
            rows, merges = b[1], b[2] if len(b) > 2 else []
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    if val:
                        cell = t.cell(r, c)
                        cell.paragraphs[0].text = ""
                        _runs(
                            cell.paragraphs[0],
                            val,
                            bold=(r == 0 or row[1].startswith("Mục tiêu")) and c <= 1,
                        )
            for r1, c1, r2, c2 in merges:
                keep = t.cell(r1, c1).text
                merged = t.cell(r1, c1).merge(t.cell(r2, c2))
                for p in merged.paragraphs[1:]:
                    p._element.getparent().remove(p._element)
                merged.paragraphs[0].text = ""
                _runs(merged.paragraphs[0], keep, bold=keep.startswith("Mục tiêu"))
            widths = {
                4: [Cm(1.2), Cm(8.8), Cm(3), Cm(3)],
                5: [Cm(1), Cm(6.4), Cm(2.8), Cm(2.9), Cm(2.9)],
            }.get(len(rows[0]))
            if widths:
                t.autofit = False
                for c, w in enumerate(widths):
                    t.columns[c].width = w
                for row in t.rows:
                    for c, cell in enumerate(row.cells):
                        cell.width = widths[c]
            d.add_paragraph()
        elif b[0] == "footnote":
            d.add_paragraph(b[1])
    d.save(out)


def main():
    for plan in PLANS:
        ext = plan["ext"]
        out = HERE / (plan["name"] + "." + ext)
        if ext == "docx":
            _word(plan["blocks"], out, size=13)
        elif ext == "pdf":
            with tempfile.TemporaryDirectory() as tmp:
                src = pathlib.Path(tmp) / (plan["name"] + ".docx")
                _word(plan["blocks"], src, size=14)
                subprocess.run(
                    ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                    check=True,
                    capture_output=True,
                )
                shutil.copy(pathlib.Path(tmp) / (plan["name"] + ".pdf"), out)
        else:
            render(plan, HERE)
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", out.name)


if __name__ == "__main__":
    main()
