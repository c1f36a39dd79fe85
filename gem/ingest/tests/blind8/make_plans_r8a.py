"""Render the r8a blind plans into this folder and write their expected JSON.

Run with /tmp/genvenv/bin/python (fpdf2, python-docx); PDFs that go "via" docx need LibreOffice (soffice).
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

from plans_r8a import PLANS  # noqa: E402
from render import render  # noqa: E402


def _post_docx(path: pathlib.Path, plan: dict) -> None:
    """Word touches render.py has no block for: list styles, a page break, table column widths."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm

    d = docx.Document(str(path))
    styles = plan.get("styles", {})
    for p in d.paragraphs:
        st = styles.get(p.text.strip())
        if st:
            p.style = d.styles[st]
        if p.text.strip() in plan.get("page_before", ()):
            p.insert_paragraph_before().add_run().add_break(WD_BREAK.PAGE)
    widths = plan.get("col_widths")
    if widths:
        t = d.tables[-1]
        t.autofit = False
        for col, w in zip(t.columns, widths):
            col.width = Cm(w)
        for row in t.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = Cm(w)
    d.save(str(path))


def main() -> None:
    for plan in PLANS:
        if plan["ext"] == "pdf" and plan.get("via") == "docx":
            with tempfile.TemporaryDirectory() as tmp:
                tmp = pathlib.Path(tmp)
                render(dict(plan, ext="docx"), tmp)
                src = tmp / (plan["name"] + ".docx")
                _post_docx(src, plan)
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
                _post_docx(HERE / (plan["name"] + ".docx"), plan)
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"] + "." + plan["ext"])


if __name__ == "__main__":
    main()
