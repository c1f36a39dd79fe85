"""Render the r11a blind plans and their expected JSON into this folder.

.txt through blind3/render.py; .docx built here with python-docx (Word automatic numbering
for ("li", style, text) blocks); .pdf built the same way as .docx and converted by LibreOffice.
Run with /tmp/genvenv/bin/python (python-docx, fpdf2).
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

import render  # noqa: E402
from plans_r11a import PLANS  # noqa: E402


def _docx(blocks, out):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in d.sections:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.left_margin, s.right_margin = Cm(3), Cm(2)
        s.top_margin, s.bottom_margin = Cm(2), Cm(2)
    for b in blocks:
        if isinstance(b, str):
            p = d.add_paragraph()
            render._runs(p, b)
            if (
                b.startswith("**")
                and b.endswith("**")
                and len(b) < 160
                and not b[2:3].isdigit()
                and not b.startswith("**I")
                and not b.startswith("**V")
                and ")" not in b[:6]
            ):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif b[0] == "li":
            p = d.add_paragraph(style=b[1])
            render._runs(p, b[2])
        elif b[0] == "header":
            t = d.add_table(rows=1, cols=2)
            for cell, lines in ((t.cell(0, 0), b[1]), (t.cell(0, 1), b[2])):
                cell.text = ""
                par = cell.paragraphs[0]
                for i, line in enumerate(lines):
                    if i:
                        par = cell.add_paragraph()
                    run = par.add_run(line)
                    run.bold = i < 2
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif b[0] == "table":
            rows, merges = b[1], b[2] if len(b) > 2 else []
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    if val:
                        t.cell(r, c).text = val
                        if r == 0:
                            for run in t.cell(r, c).paragraphs[0].runs:
                                run.bold = True
            if len(rows[0]) == 4:
                t.autofit = False
                for row in t.rows:
                    for cell, w in zip(row.cells, (1.1, 7.9, 4.4, 3.6)):
                        cell.width = Cm(w)
            for r1, c1, r2, c2 in merges:
                keep = t.cell(r1, c1).text
                merged = t.cell(r1, c1).merge(t.cell(r2, c2))
                merged.text = keep
                for run in merged.paragraphs[0].runs:
                    run.bold = True
        elif b[0] == "footnote":
            d.add_paragraph(b[1])
    d.save(out)


def main():
    for plan in PLANS:
        ext = plan["ext"]
        out = HERE / f"{plan['name']}.{ext}"
        if ext == "docx":
            _docx(plan["blocks"], out)
        elif ext == "pdf" and plan.get("via") == "docx":
            with tempfile.TemporaryDirectory() as tmp:
                src = pathlib.Path(tmp) / f"{plan['name']}.docx"
                _docx(plan["blocks"], src)
                subprocess.run(
                    ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                    check=True,
                    capture_output=True,
                )
                shutil.copy(pathlib.Path(tmp) / f"{plan['name']}.pdf", out)
        else:
            render.render(plan, HERE)
        (HERE / f"{plan['name']}.expected.json").write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", out.name)


if __name__ == "__main__":
    main()
