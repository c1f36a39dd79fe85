"""Render the r8d blind plans into this folder with their expected JSON.

.md goes through blind3/render.py as is; .pdf is written as .docx by render.py's Word writer and
converted by LibreOffice (so its tables survive), keeping only the .pdf; .docx uses render.py's
Word writer extended with ("li", style, text) list paragraphs (Word automatic numbering/bullets).
"""

import json
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

import render  # noqa: E402
from plans_r8d import PLANS  # noqa: E402


def _docx_with_lists(blocks, out):
    import docx

    d = docx.Document()
    for b in blocks:
        if isinstance(b, str):
            render._runs(d.add_paragraph(), b)
        elif b[0] == "li":
            render._runs(d.add_paragraph(style=b[1]), b[2])
        elif b[0] == "header":
            t = d.add_table(rows=1, cols=2)
            t.cell(0, 0).text = "\n".join(render._plain(x) for x in b[1])
            t.cell(0, 1).text = "\n".join(render._plain(x) for x in b[2])
        elif b[0] == "table":
            rows, merges = b[1], b[2] if len(b) > 2 else []
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    if val:
                        t.cell(r, c).text = val
            if len(rows[0]) == 3:  # TT | chỉ tiêu | mức: a narrow number column, a wide text column
                from docx.shared import Cm

                t.autofit = False
                for col, w in zip(t.columns, (1.3, 10.5, 4.2)):
                    col.width = Cm(w)
                for row in t.rows:
                    for cell, w in zip(row.cells, (1.3, 10.5, 4.2)):
                        cell.width = Cm(w)
            for r1, c1, r2, c2 in merges:
                keep = t.cell(r1, c1).text
                t.cell(r1, c1).merge(t.cell(r2, c2)).text = keep
        elif b[0] == "footnote":
            d.add_paragraph(b[1])
    d.save(out)


def _pdf_via_soffice(plan, folder):
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / (plan["name"] + ".docx")
        _docx_with_lists(plan["blocks"], src)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        (folder / (plan["name"] + ".pdf")).write_bytes(
            (pathlib.Path(tmp) / (plan["name"] + ".pdf")).read_bytes()
        )


def main():
    for plan in PLANS:
        if plan["ext"] == "pdf":
            _pdf_via_soffice(plan, HERE)
        elif plan["ext"] == "docx":
            _docx_with_lists(plan["blocks"], HERE / (plan["name"] + ".docx"))
        else:
            render.render(plan, HERE)
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"] + "." + plan["ext"])


if __name__ == "__main__":
    main()
