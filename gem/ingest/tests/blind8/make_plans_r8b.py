"""Render the r8b blind plans (plans_r8b.py) and write their expected JSON.

Run with an interpreter that has fpdf2 and python-docx; the .pdf plan is built as a .docx and
converted with LibreOffice (soffice) so that its tables survive.
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

from plans_r8b import PLANS  # noqa: E402
from render import render  # noqa: E402

MARKS = {"[[LB]]": "List Bullet", "[[LN]]": "List Number"}


def _apply_list_styles(path: pathlib.Path) -> None:
    import docx

    d = docx.Document(str(path))
    for par in d.paragraphs:
        for mark, style in MARKS.items():
            if par.text.startswith(mark):
                par.style = d.styles[style]
                for run in par.runs:
                    if mark in run.text:
                        run.text = run.text.replace(mark, "", 1)
                        break
    d.save(str(path))


def _strip_marks(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            for mark in MARKS:
                if b.startswith(mark):
                    b = "- " + b[len(mark) :]
        out.append(b)
    return out


def main() -> None:
    for plan in PLANS:
        if plan.get("pdf_via") == "soffice":
            with tempfile.TemporaryDirectory() as tmp:
                tmp = pathlib.Path(tmp)
                render(dict(plan, ext="docx"), tmp)
                src = tmp / (plan["name"] + ".docx")
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
        elif plan.get("list_styles") and plan["ext"] == "docx":
            render(plan, HERE)
            _apply_list_styles(HERE / (plan["name"] + ".docx"))
        else:
            render(dict(plan, blocks=_strip_marks(plan["blocks"])), HERE)
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"])


if __name__ == "__main__":
    main()
