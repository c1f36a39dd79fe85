"""Render the r9d blind plans into this folder and write their expected JSON.

Run with a Python that has python-docx and fpdf2:  /tmp/genvenv/bin/python make_plans_r9d.py
The .pdf plan is built as a Word file by render.py and converted with LibreOffice.
"""

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

from plans_r9d import PLANS  # noqa: E402
from render import render  # noqa: E402


def _plain(text):
    return re.sub(r"\*\*?(.+?)\*\*?", r"\1", text)


def _apply_list_styles(path, blocks, styles):
    import docx

    d = docx.Document(str(path))
    paras = d.paragraphs
    k = 0
    for i, b in enumerate(blocks):
        if isinstance(b, str) or b[0] == "footnote":
            text = b if isinstance(b, str) else b[1]
            if i in styles:
                p = paras[k]
                assert p.text == _plain(text), (p.text, text)
                p.style = d.styles[styles[i]]
            k += 1
    d.save(str(path))


def _word_look(path):
    """Times New Roman 13 and sensible column widths for the indicator table."""
    import docx
    from docx.shared import Cm, Pt

    d = docx.Document(str(path))
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for sec in d.sections:
        sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    for t in d.tables:
        if len(t.columns) == 3 and t.cell(0, 0).text == "TT":
            widths = (Cm(1.2), Cm(10.3), Cm(4.5))
            t.autofit = False
            for col, w in zip(t.columns, widths):
                col.width = w
            for row in t.rows:
                for cell, w in zip(row.cells, widths):
                    cell.width = w
    d.save(str(path))


def _check(exp):
    for key in (
        "format",
        "title",
        "issuer",
        "level",
        "area",
        "period",
        "legal_bases",
        "parent",
        "objectives",
        "assignments",
        "reporting",
    ):
        assert key in exp, key
    assert exp["format"] == "gem.plan/1"
    codes = set()
    for o in exp["objectives"]:
        for ind in o["indicators"]:
            assert ind["code"].startswith(o["code"] + ".")
            codes.add(ind["code"])
            for t in ind["targets"]:
                assert set(t) == {"value", "unit", "comparator", "year", "baseline", "label"}
                assert t["comparator"] in (">=", ">", "<=", "<", "=")
    for a in exp["assignments"]:
        assert a["role"] in ("lead", "support")
        for c in a["indicators"]:
            assert c in codes, (a, c)
    for r in exp["reporting"]:
        assert r["kind"] in ("semiannual", "annual", "midterm", "final", "adhoc", "plan")
        assert r["by"] in ("units", "consolidator")
        assert re.fullmatch(r"\d\d-\d\d|\d{4}-\d\d-\d\d|\d{4}", r["due"]), r


def main():
    for plan in PLANS:
        _check(plan["expected"])
        if plan.get("via_docx"):
            with tempfile.TemporaryDirectory() as tmp:
                tmp = pathlib.Path(tmp)
                render(dict(plan, ext="docx"), tmp)
                src = tmp / (plan["name"] + ".docx")
                _word_look(src)
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
        else:
            render(plan, HERE)
            if plan["ext"] == "docx" and plan.get("list_styles"):
                _apply_list_styles(
                    HERE / (plan["name"] + ".docx"), plan["blocks"], plan["list_styles"]
                )
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"] + "." + plan["ext"])


if __name__ == "__main__":
    main()
