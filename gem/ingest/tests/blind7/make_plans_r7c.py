"""Render the r7c blind plans into this folder with their expected JSON.

Run with a Python that has python-docx and fpdf2:  /tmp/genvenv/bin/python make_plans_r7c.py
A plan with "via": "docx" is written as .docx (Times New Roman, A4, a page break before the
attached KẾ HOẠCH) in a temporary folder and converted to .pdf by LibreOffice, the way
officers produce PDFs; only the .pdf is kept here.
"""

import copy
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

from plans_r7c import PLANS  # noqa: E402
from render import render  # noqa: E402


def _officialise(path: pathlib.Path) -> None:
    """Times New Roman 13pt, A4 margins, page break before the attached plan."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document(str(path))
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in d.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.left_margin, s.right_margin = Cm(3.0), Cm(2.0)
        s.top_margin, s.bottom_margin = Cm(2.0), Cm(2.0)
    for t in d.tables:
        if len(t.columns) == 4 and t.cell(0, 0).text == "TT":
            t.autofit = False
            for row in t.rows:
                for cell, w in zip(row.cells, (1.1, 7.4, 4.0, 4.0)):
                    cell.width = Cm(w)
            for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (1.1, 7.4, 4.0, 4.0)):
                gc.set(qn("w:w"), str(int(Cm(w).twips)))
    seen_qd = False
    for p in d.paragraphs:
        if p.text.strip() == "QUYẾT ĐỊNH":
            seen_qd = True
        if seen_qd and p.text.strip() == "KẾ HOẠCH":
            # break goes before the second header table, i.e. in the last paragraph before it
            body = d.element.body
            tbl = p._p.getprevious()
            while tbl is not None and not tbl.tag.endswith("}tbl"):
                tbl = tbl.getprevious()
            anchor = tbl.getprevious() if tbl is not None else None
            if anchor is not None and anchor.tag.endswith("}p"):
                from docx.text.paragraph import Paragraph

                Paragraph(anchor, p._parent).add_run().add_break(WD_BREAK.PAGE)
            break
    d.save(str(path))


def main() -> None:
    for plan in PLANS:
        if plan.get("via") == "docx" and plan["ext"] == "pdf":
            with tempfile.TemporaryDirectory() as tmp:
                tmpd = pathlib.Path(tmp)
                p2 = copy.deepcopy(plan)
                p2["ext"] = "docx"
                render(p2, tmpd)
                src = tmpd / (plan["name"] + ".docx")
                _officialise(src)
                subprocess.run(
                    [
                        "soffice",
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        str(tmpd),
                        str(src),
                    ],
                    check=True,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    env={"HOME": str(tmpd), "PATH": "/usr/bin:/bin:/usr/local/bin"},
                )
                shutil.copy(tmpd / (plan["name"] + ".pdf"), HERE / (plan["name"] + ".pdf"))
        else:
            render(plan, HERE)
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"] + "." + plan["ext"])


if __name__ == "__main__":
    main()
