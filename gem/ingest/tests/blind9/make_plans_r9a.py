"""Render the r9a blind plans and their expected JSON into this folder."""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

from plans_r9a import PLANS  # noqa: E402
from render import render  # noqa: E402


def _docx_lists(plan, out):
    """Turn '- ' paragraphs into Word bullets and the listed headings into Word numbering."""
    import docx

    d = docx.Document(out)
    numbered = {h.replace("**", "") for h in plan.get("list_number", [])}
    for p in d.paragraphs:
        t = p.text
        if plan.get("list_bullet") and t.startswith("- "):
            first = p.runs[0]
            first.text = first.text[2:]
            p.style = d.styles["List Bullet"]
        elif t in numbered:
            p.style = d.styles["List Number"]
    d.save(out)


for plan in PLANS:
    render(plan, HERE)
    if plan["ext"] == "docx" and (plan.get("list_bullet") or plan.get("list_number")):
        _docx_lists(plan, HERE / (plan["name"] + ".docx"))
    (HERE / (plan["name"] + ".expected.json")).write_text(
        json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
    )
    print("wrote", plan["name"] + "." + plan["ext"])
