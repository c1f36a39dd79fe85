"""Render the r8c blind plans (plans_r8c.py) into this folder with their .expected.json.

Run: /tmp/genvenv/bin/python make_plans_r8c.py   (needs python-docx, fpdf2; soffice for the .pdf)
The .pdf is built as a .docx (render.py) and converted by LibreOffice, so its tables survive;
only the .pdf is kept.
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

from plans_r8c import PLANS  # noqa: E402
from render import render  # noqa: E402

MARKS = {"§LB ": "List Bullet", "§LN ": "List Number"}


def apply_list_styles(path: pathlib.Path) -> None:
    import docx

    d = docx.Document(str(path))
    for p in d.paragraphs:
        for mark, style in MARKS.items():
            if p.text.startswith(mark):
                for run in p.runs:
                    if mark in run.text:
                        run.text = run.text.replace(mark, "", 1)
                        break
                p.style = d.styles[style]
    d.save(str(path))


def build(plan: dict) -> None:
    ext = plan["ext"]
    if ext == "docx":
        render(plan, HERE)
        apply_list_styles(HERE / (plan["name"] + ".docx"))
    elif ext == "pdf":
        with tempfile.TemporaryDirectory(prefix="r8c-") as tmp:
            tmp = pathlib.Path(tmp)
            render(dict(plan, ext="docx"), tmp)
            src = tmp / (plan["name"] + ".docx")
            apply_list_styles(src)
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{tmp}/lo-profile",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(tmp),
                    str(src),
                ],
                check=True,
                capture_output=True,
                timeout=180,
            )
            shutil.copy(tmp / (plan["name"] + ".pdf"), HERE / (plan["name"] + ".pdf"))
    else:
        render(plan, HERE)
    (HERE / (plan["name"] + ".expected.json")).write_text(
        json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
    )


if __name__ == "__main__":
    for plan in PLANS:
        build(plan)
        print("wrote", plan["name"] + "." + plan["ext"])
