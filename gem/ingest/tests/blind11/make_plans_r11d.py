"""Render the r11d blind plans and their expected JSON into this folder.

Run with /tmp/genvenv/bin/python (fpdf2, python-docx). The .pdf plan is written as .docx
and converted with LibreOffice (soffice --headless), keeping only the .pdf.
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

from plans_r11d import PLANS  # noqa: E402
from render import render  # noqa: E402

MARKS = {"§LB ": "List Bullet", "§LN ": "List Number"}


def _polish_docx(path: pathlib.Path) -> None:
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document(str(path))
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    for p in d.paragraphs:
        for mark, style in MARKS.items():
            if p.text.startswith(mark) and p.runs:
                p.runs[0].text = p.runs[0].text[len(mark) :]
                p.style = d.styles[style]
    for t in d.tables:
        if t.cell(0, 0).text == "TT" and len(t.columns) == 4:
            t.autofit = False
            for gc, w in zip(
                t._tbl.tblGrid.findall(qn("w:gridCol")), (Cm(1.3), Cm(9.2), Cm(3.0), Cm(2.6))
            ):
                gc.set(qn("w:w"), str(int(w.twips)))
            for row in t.rows:
                for cell, w in zip(row.cells, (Cm(1.3), Cm(9.2), Cm(3.0), Cm(2.6))):
                    cell.width = w
    d.save(str(path))


def main() -> None:
    for plan in PLANS:
        if plan["ext"] == "pdf":
            with tempfile.TemporaryDirectory() as tmp:
                tmp = pathlib.Path(tmp)
                render(dict(plan, ext="docx"), tmp)
                src = tmp / (plan["name"] + ".docx")
                _polish_docx(src)
                subprocess.run(
                    [
                        "soffice",
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        str(tmp),
                        str(src),
                    ],
                    check=True,
                    capture_output=True,
                )
                shutil.copy(tmp / (plan["name"] + ".pdf"), HERE / (plan["name"] + ".pdf"))
        else:
            render(plan, HERE)
            if plan["ext"] == "docx":
                _polish_docx(HERE / (plan["name"] + ".docx"))
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"] + "." + plan["ext"])


if __name__ == "__main__":
    main()
