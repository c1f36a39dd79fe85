"""Blind set 5: twelve plans written by four engineers who had not read the extractor's rules,
each modelled on real plans of its kind (provinces 2021-2030 and 2026-2030, communes and wards
after the 2025 reform, a ministry, a provincial department, a state corporation, a city's
annual plan, a VNI-encoded older plan). Regenerate the documents and expectations:

    /path/to/python-with-fpdf2 gem/ingest/tests/blind5/make_files.py

(python-docx and fpdf2; the renderer is blind3/render.py).
"""

import json
import pathlib
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

import plans_c  # noqa: E402
import plans_m  # noqa: E402
import plans_p  # noqa: E402
import plans_q  # noqa: E402
from render import render  # noqa: E402


def _nfc(value):
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


def main() -> None:
    for plan in [*plans_p.PLANS, *plans_c.PLANS, *plans_m.PLANS, *plans_q.PLANS]:
        render(plan, HERE)
        out = HERE / (plan["name"] + ".expected.json")
        out.write_text(json.dumps(_nfc(plan["expected"]), ensure_ascii=False, indent=1), "utf-8")
        print("wrote", plan["name"] + "." + plan["ext"])


if __name__ == "__main__":
    main()
