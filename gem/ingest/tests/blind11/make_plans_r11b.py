"""Render the r11b blind plans and their expected JSON into this folder.

Run with /tmp/genvenv/bin/python (fpdf2, python-docx). Every plan first goes through
blind3/render.py; the .docx plan and the .pdf plan are then rebuilt as Word-style documents
(Times New Roman, header table, Word list numbering) and the PDF is converted from that
.docx with LibreOffice (soffice --headless), keeping only the .pdf.
"""

import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

from plans_r11b import PLANS  # noqa: E402
from render import _runs, render  # noqa: E402


def word_doc(blocks, out: pathlib.Path) -> None:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    for name in ("Normal", "List Number", "List Bullet"):
        st = d.styles[name]
        st.font.name = "Times New Roman"
        st.font.size = Pt(13)
    first_title = True
    for b in blocks:
        if isinstance(b, str):
            p = d.add_paragraph()
            _runs(p, b)
            plain = b.strip("*")
            if b.startswith("**") and (
                plain == "KẾ HOẠCH" or first_title and plain.startswith("Thực hiện")
            ):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if plain != "KẾ HOẠCH":
                    first_title = False
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1)
            p.paragraph_format.space_after = Pt(4)
        elif b[0] == "li":
            p = d.add_paragraph(style=b[1])
            _runs(p, b[2])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(3)
        elif b[0] == "header":
            t = d.add_table(rows=1, cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for c, lines in enumerate((b[1], b[2])):
                cell = t.cell(0, c)
                cell.text = ""
                for i, line in enumerate(lines):
                    p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    r = p.add_run(line)
                    r.font.size = Pt(12)
                    nrc = lines[0].startswith("Nơi nhận")
                    r.bold = (i < 2 and not line.startswith("Số")) if not nrc else i == 0
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT if nrc else WD_ALIGN_PARAGRAPH.CENTER
            d.add_paragraph()
        elif b[0] == "table":
            rows, merges = b[1], b[2] if len(b) > 2 else []
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    if val:
                        t.cell(r, c).text = val
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.font.size = Pt(12)
                            run.bold = r == 0 or any(m[0] == r for m in merges)
            for r1, c1, r2, c2 in merges:
                keep = t.cell(r1, c1).text
                merged = t.cell(r1, c1).merge(t.cell(r2, c2))
                merged.text = ""
                run = merged.paragraphs[0].add_run(keep)
                run.bold = True
                run.font.size = Pt(12)
            widths = [Cm(1.1), Cm(8.2), Cm(2.4), Cm(2.3), Cm(2.3)]
            for row in t.rows:
                for c, cell in enumerate(row.cells[: len(widths)]):
                    cell.width = widths[c]
        elif b[0] == "footnote":
            d.add_paragraph(b[1])
    d.save(out)


def main() -> None:
    for plan in PLANS:
        render(plan, HERE)
        if plan["ext"] == "docx":
            word_doc(plan["blocks"], HERE / (plan["name"] + ".docx"))
        elif plan["ext"] == "pdf":
            with tempfile.TemporaryDirectory() as tmp:
                src = pathlib.Path(tmp) / (plan["name"] + ".docx")
                word_doc(plan["blocks"], src)
                subprocess.run(
                    ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                    check=True,
                    capture_output=True,
                    timeout=180,
                )
                shutil.copy(
                    pathlib.Path(tmp) / (plan["name"] + ".pdf"), HERE / (plan["name"] + ".pdf")
                )
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"] + "." + plan["ext"])


if __name__ == "__main__":
    main()
