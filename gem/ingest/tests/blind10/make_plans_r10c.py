"""Render the r10c blind plans and write their expected JSON.

Run: /tmp/genvenv/bin/python make_plans_r10c.py
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

from plans_r10c import PLANS  # noqa: E402
from render import _plain, render  # noqa: E402


def _word_lists(plan, out):
    """Turn marked paragraphs into Word automatic lists (List Bullet / List Number)."""
    import docx

    marks = {}
    for style, idxs in plan.get("word_lists", {}).items():
        for i in idxs:
            marks[_plain(plan["blocks"][i])] = style
    d = docx.Document(out)
    done = 0
    for par in d.paragraphs:
        style = marks.get(par.text)
        if not style:
            continue
        par.style = d.styles[style]
        first = par.runs[0]
        first.text = re.sub(r"^(- |\d+\. )", "", first.text)
        done += 1
    assert done == len(marks), (done, len(marks))
    d.save(out)


def main():
    for plan in PLANS:
        render(plan, HERE)
        out = HERE / (plan["name"] + "." + plan["ext"])
        if plan["ext"] == "docx" and plan.get("word_lists"):
            _word_lists(plan, out)
        exp = HERE / (plan["name"] + ".expected.json")
        exp.write_text(json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8")
        print("wrote", out.name, exp.name)


if __name__ == "__main__":
    main()
