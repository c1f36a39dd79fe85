"""Render the r11c blind plans and their expected JSON into this folder."""

import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

from plans_r11c import PLANS  # noqa: E402
from render import render  # noqa: E402


def _word_lists(path: pathlib.Path) -> None:
    """Use Word's automatic lists: bullets in 'NHIỆM VỤ, GIẢI PHÁP', numbers for the agencies."""
    import docx

    d = docx.Document(str(path))
    section = ""
    for par in d.paragraphs:
        text = par.text
        m = re.match(r"^([IVX]+)\. (.+)$", text)
        if m:
            section = m.group(2)
            continue
        if section.startswith("NHIỆM VỤ") and text.startswith("- "):
            par.style = d.styles["List Bullet"]
            par.runs[0].text = par.runs[0].text[2:]
        elif section.startswith("TỔ CHỨC") and re.match(r"^\d+\. \S", text):
            par.style = d.styles["List Number"]
            par.runs[0].text = re.sub(r"^\d+\. ", "", par.runs[0].text)
    d.save(str(path))


def main() -> None:
    for plan in PLANS:
        if plan.get("via") == "soffice":
            with tempfile.TemporaryDirectory() as tmp:
                tmp = pathlib.Path(tmp)
                render(dict(plan, ext="docx"), tmp)
                subprocess.run(
                    [
                        "soffice",
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        str(tmp),
                        str(tmp / (plan["name"] + ".docx")),
                    ],
                    check=True,
                    capture_output=True,
                )
                shutil.copy(tmp / (plan["name"] + ".pdf"), HERE / (plan["name"] + ".pdf"))
        else:
            render(plan, HERE)
            if plan["ext"] == "docx":
                _word_lists(HERE / (plan["name"] + ".docx"))
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"])


if __name__ == "__main__":
    main()
