"""Render the r10d blind plans and their expected JSON into this folder.

Run with an interpreter that has fpdf2 and python-docx: python make_plans_r10d.py
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

from plans_r10d import PLANS  # noqa: E402
from render import render  # noqa: E402


def _bullets_to_word_lists(path: pathlib.Path) -> None:
    """Turn "- ..." paragraphs into Word bullet-list paragraphs (the dash becomes list formatting)."""
    import docx

    d = docx.Document(str(path))
    for par in d.paragraphs:
        if par.text.startswith("- ") and par.runs:
            first = par.runs[0]
            if first.text.startswith("- "):
                first.text = first.text[2:]
                par.style = d.styles["List Bullet"]
    d.save(str(path))


def main() -> None:
    for plan in PLANS:
        render(plan, HERE)
        out = HERE / (plan["name"] + "." + plan["ext"])
        if plan.get("list_bullets") and plan["ext"] == "docx":
            _bullets_to_word_lists(out)
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", out.name)


if __name__ == "__main__":
    main()
