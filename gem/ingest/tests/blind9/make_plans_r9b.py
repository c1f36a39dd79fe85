"""Render the r9b blind plans into this folder with their expected JSON.

Run with an interpreter that has python-docx and fpdf2 (e.g. /tmp/genvenv/bin/python).
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

from plans_r9b import PLANS  # noqa: E402
from render import render  # noqa: E402


def _word_lists(path: pathlib.Path) -> None:
    """Use Word's automatic numbering: agency headings of 'TỔ CHỨC THỰC HIỆN' become
    'List Number' (their typed '1.' removed), dash bullets of 'NHIỆM VỤ' become 'List Bullet'."""
    import docx

    d = docx.Document(str(path))
    section = ""
    for p in d.paragraphs:
        text = p.text
        m = re.match(r"^(I|II|III|IV|V|VI|VII)\. ", text)
        if m:
            section = m.group(1)
            continue
        if section == "III" and text.startswith("- "):
            p.style = d.styles["List Bullet"]
            p.runs[0].text = p.runs[0].text[2:]
        elif section == "V" and re.match(r"^\d+\. ", text):
            p.style = d.styles["List Number"]
            p.runs[0].text = re.sub(r"^\d+\. ", "", p.runs[0].text)
    d.save(str(path))


def _office_look(path: pathlib.Path) -> None:
    """Times New Roman 13pt and a wide indicator column, as an officer's Word file would have."""
    import docx
    from docx.shared import Cm, Pt

    d = docx.Document(str(path))
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for t in d.tables:
        if len(t.columns) == 5:
            t.autofit = False
            for col, w in zip(t.columns, (1.1, 6.4, 2.8, 3.2, 3.2)):
                col.width = Cm(w)
            for row in t.rows:
                for cell, w in zip(row.cells, (1.1, 6.4, 2.8, 3.2, 3.2)):
                    cell.width = Cm(w)
    d.save(str(path))


def main() -> None:
    for plan in PLANS:
        if plan.get("pdf_via_docx"):
            with tempfile.TemporaryDirectory() as tmp:
                tmp = pathlib.Path(tmp)
                render(dict(plan, ext="docx"), tmp)
                _office_look(tmp / (plan["name"] + ".docx"))
                subprocess.run(
                    [
                        "soffice",
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        str(HERE),
                        str(tmp / (plan["name"] + ".docx")),
                    ],
                    check=True,
                    capture_output=True,
                )
        else:
            render(plan, HERE)
            if plan.get("docx_lists"):
                _word_lists(HERE / (plan["name"] + ".docx"))
                _office_look(HERE / (plan["name"] + ".docx"))
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"] + "." + plan["ext"])


if __name__ == "__main__":
    main()
