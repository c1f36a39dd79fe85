"""Render the r6d blind plans (plans_r6d.py) and their expected JSON into this folder.

Run with a Python that has python-docx and fpdf2:  /tmp/genvenv/bin/python make_plans_r6d.py
"""

import importlib.util
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

import render  # noqa: E402
from plans_r6d import PLANS  # noqa: E402


def _legacy():
    path = HERE.parents[2] / "lib" / "legacy_encodings.py"
    spec = importlib.util.spec_from_file_location("r6d_legacy_encodings", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _tcvn3_txt(plan, out):
    legacy = _legacy()
    text = render._txt(plan["blocks"]).replace("\n", "\r\n")
    data = legacy.unicode_to_tcvn3(text)
    # every character must survive (TCVN3 has no accented capitals: those come back lower case)
    back = data.decode("latin-1")
    back = "".join(legacy.TCVN3_DECODE.get(ord(c), c) for c in back)
    assert back.lower() == text.lower(), "character not encodable in TCVN3"
    out.write_bytes(data)


def _split_cell_paragraphs(path):
    """Turn the line breaks render() leaves in table cells into real paragraphs."""
    import docx
    from docx.oxml.ns import qn
    from docx.table import _Cell

    d = docx.Document(str(path))
    for table in d.tables[1:-1]:  # not the issuer header nor the signature block
        for tc in table._tbl.iter(qn("w:tc")):
            cell = _Cell(tc, table)
            lines = cell.text.split("\n")
            if len(lines) == 1 and "**" not in lines[0]:
                continue
            cell.text = ""
            par = cell.paragraphs[0]
            for i, line in enumerate(lines):
                if i:
                    par = cell.add_paragraph()
                render._runs(par, line)
    d.save(str(path))


def main():
    for plan in PLANS:
        out = HERE / (plan["name"] + "." + plan["ext"])
        if plan.get("encoding") == "tcvn3":
            _tcvn3_txt(plan, out)
        else:
            render.render(plan, HERE)
            if plan.get("cell_paragraphs"):
                _split_cell_paragraphs(out)
        exp = HERE / (plan["name"] + ".expected.json")
        exp.write_text(json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8")
        print("wrote", out.name, exp.name)


if __name__ == "__main__":
    main()
