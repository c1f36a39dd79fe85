"""Render the r10a blind plans and their expected JSON into this folder.

Run with a Python that has python-docx and fpdf2:  /tmp/genvenv/bin/python make_plans_r10a.py
The .pdf plan is built as a Word file and saved to PDF by LibreOffice (soffice --headless).
"""

import json
import pathlib
import re
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

from plans_r10a import PLANS  # noqa: E402
from render import render  # noqa: E402

PAGE = "@@PAGEBREAK@@"


def _polish_docx(path: pathlib.Path, auto_lists: bool) -> None:
    """Make the Word file look like an office's: Times New Roman 13, centred titles, page breaks,
    and (optionally) Word automatic numbering/bullets in the 'Tổ chức thực hiện' part."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document(str(path))
    for sec in d.sections:
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin, sec.right_margin = Cm(3), Cm(2)
        sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    for name in ("Normal", "List Bullet", "List Number"):
        st = d.styles[name]
        st.font.name = "Times New Roman"
        st.font.size = Pt(13)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Times New Roman")
    in_tc = False
    for p in d.paragraphs:
        t = p.text
        if t == PAGE:
            for r in p.runs:
                r.text = ""
            p.runs[0].add_break(WD_BREAK.PAGE)
            continue
        if re.match(r"^[IVX]+\. ", t):
            in_tc = "TỔ CHỨC THỰC HIỆN" in t
        bold_all = bool(p.runs) and all(r.bold for r in p.runs if r.text.strip())
        if (
            bold_all
            and not re.match(r"^([IVX]+|\d+)\. |^Điều ", t)
            or t.startswith("(Ban hành kèm theo")
            or t.startswith("(Kèm theo")
        ):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if auto_lists and in_tc:
            if t.startswith("- "):
                p.style = d.styles["List Bullet"]
                p.runs[0].text = p.runs[0].text[2:]
            elif bold_all and re.match(r"^\d+\. ", t):
                p.style = d.styles["List Number"]
                p.runs[0].text = re.sub(r"^\d+\. ", "", p.runs[0].text)
                p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for tb in d.tables:
        for row in tb.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(12)
    d.save(str(path))


def main() -> None:
    for plan in PLANS:
        if plan["ext"] == "docx":
            render(plan, HERE)
            _polish_docx(HERE / (plan["name"] + ".docx"), auto_lists=True)
        elif plan["ext"] == "pdf" and plan.get("via") == "soffice":
            blocks = [
                PAGE if (not isinstance(b, str) and b[0] == "page") else b for b in plan["blocks"]
            ]
            with tempfile.TemporaryDirectory() as tmp:
                tmp = pathlib.Path(tmp)
                render(dict(plan, ext="docx", blocks=blocks), tmp)
                src = tmp / (plan["name"] + ".docx")
                _polish_docx(src, auto_lists=False)
                subprocess.run(
                    [
                        "soffice",
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        str(HERE),
                        str(src),
                    ],
                    check=True,
                    capture_output=True,
                    timeout=180,
                )
        else:
            render(plan, HERE)
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"])


if __name__ == "__main__":
    main()
