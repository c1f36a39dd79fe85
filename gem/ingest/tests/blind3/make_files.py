"""Blind set 3: eight plans written BEFORE reading the extractor's rules, in layouts and wordings
other officers use (a Word table with merged cells, 'a)'/'b)' indicators with no 'Chỉ tiêu'
label, targets on their own line, two years in one clause, dotted codes in assignments, a
separate 'Chế độ báo cáo' item, a commune plan with one officer, hard-wrapped PDFs with a
two-column header and footnotes, a pipe-table .md, a VNI-encoded .txt).

    .venv/bin/python gem/ingest/tests/blind3/make_files.py

writes every <place>-<years>.<ext> and its hand-checked <place>-<years>.expected.json here.
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from plans_a import PLANS_A  # noqa: E402
from plans_b import PLANS_B  # noqa: E402
from render import render  # noqa: E402


def main() -> None:
    for plan in [*PLANS_A, *PLANS_B]:
        render(plan, HERE)
        out = HERE / (plan["name"] + ".expected.json")
        out.write_text(json.dumps(plan["expected"], ensure_ascii=False, indent=1) + "\n", "utf-8")
        print("wrote", plan["name"] + "." + plan["ext"])


if __name__ == "__main__":
    main()
