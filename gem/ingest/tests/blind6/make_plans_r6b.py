"""Render the r6b blind plans and their expected JSON into this folder.

Run with: /tmp/genvenv/bin/python make_plans_r6b.py
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

from plans_r6b import PLANS  # noqa: E402
from render import render  # noqa: E402


def main() -> None:
    for plan in PLANS:
        render(plan, HERE)
        out = HERE / (plan["name"] + ".expected.json")
        out.write_text(json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8")
        print("wrote", plan["name"] + "." + plan["ext"], "and", out.name)


if __name__ == "__main__":
    main()
