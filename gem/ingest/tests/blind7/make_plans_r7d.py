"""Render the r7d blind plans and their expected JSON into this folder.

Run with an interpreter that has fpdf2 and python-docx; the .pdf plan is written as a
.docx first and converted with LibreOffice (soffice --headless), the way officers do.
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

from plans_r7d import PLANS  # noqa: E402
from render import render  # noqa: E402


def _docx_to_pdf(plan: dict) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        render(dict(plan, ext="docx"), tmp)
        src = tmp / (plan["name"] + ".docx")
        d = docx.Document(str(src))
        normal = d.styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(13)
        for par in d.paragraphs:
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if par.text.startswith(("KẾ HOẠCH", "Thực hiện công tác bình đẳng giới năm 2026 trên")):
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.save(str(src))
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copy(tmp / (plan["name"] + ".pdf"), HERE / (plan["name"] + ".pdf"))


def main() -> None:
    for plan in PLANS:
        if plan.get("via") == "docx-soffice":
            _docx_to_pdf(plan)
        else:
            render(plan, HERE)
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"] + "." + plan["ext"])


if __name__ == "__main__":
    main()
