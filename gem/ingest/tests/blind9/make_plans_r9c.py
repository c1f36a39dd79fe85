"""Render the r9c blind plans (plans_r9c.PLANS) into this folder with blind3/render.py."""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

from plans_r9c import PLANS  # noqa: E402
from render import render  # noqa: E402

MARKERS = {"[[LN]]": "List Number", "[[LB]]": "List Bullet"}


def _word_lists(path: pathlib.Path) -> None:
    """Turn marked paragraphs into Word auto-numbered / bulleted list paragraphs."""
    import docx

    d = docx.Document(str(path))
    for p in d.paragraphs:
        for mark, style in MARKERS.items():
            if p.text.startswith(mark):
                for r in p.runs:
                    if mark in r.text:
                        r.text = r.text.replace(mark, "", 1)
                        break
                p.style = d.styles[style]
    d.save(str(path))


def main() -> None:
    for plan in PLANS:
        render(plan, HERE)
        if plan.get("word_lists"):
            _word_lists(HERE / (plan["name"] + "." + plan["ext"]))
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"] + "." + plan["ext"])


if __name__ == "__main__":
    main()
