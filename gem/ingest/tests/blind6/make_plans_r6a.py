"""Render the r6a blind plans and their expected JSON into this folder.

Run with /tmp/genvenv/bin/python (needs fpdf2 and python-docx).
The PDF footer is switched to 'Trang x/y' (as on many scanned/printed plans) by
re-defining render._pdf here with the same layout; everything else is render.py as is.
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

import render  # noqa: E402
from plans_r6a import PLANS  # noqa: E402


def _pdf_trang(blocks, out):
    from fpdf import FPDF

    class Doc(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("serif", size=10)
            self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="C")

    pdf = Doc(format="A4")
    pdf.add_font("serif", "", render.FONT)
    pdf.add_font("serif", "B", render.FONT_B)
    pdf.add_font("serif", "I", render.FONT_I)
    pdf.set_margins(25, 20, 18)
    pdf.set_auto_page_break(True, margin=38)
    pdf.add_page()
    for b in blocks:
        if isinstance(b, str):
            bold = b.startswith("**") and b.endswith("**")
            italic = b.startswith("*") and b.endswith("*") and not bold
            pdf.set_font("serif", "B" if bold else ("I" if italic else ""), 11.5)
            pdf.multi_cell(0, 6, render._plain(b), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif b[0] == "header":
            pdf.set_font("serif", "B", 10.5)
            y = pdf.get_y()
            for i, line in enumerate(b[1]):
                pdf.set_xy(20, y + i * 5.5)
                pdf.cell(70, 5.5, line, align="C")
            for i, line in enumerate(b[2]):
                pdf.set_xy(92, y + i * 5.5)
                pdf.cell(105, 5.5, line, align="C")
            pdf.set_xy(25, y + 5.5 * max(len(b[1]), len(b[2])) + 4)
        elif b[0] == "footnote":
            y, page = pdf.get_y(), pdf.page
            pdf.set_font("serif", size=9)
            pdf.set_auto_page_break(False)
            pdf.set_xy(25, 262)
            pdf.multi_cell(0, 4.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_auto_page_break(True, margin=38)
            pdf.page = page
            pdf.set_xy(25, y)
        elif b[0] == "page":
            pdf.add_page()
    pdf.output(str(out))


render._pdf = _pdf_trang


def main():
    for plan in PLANS:
        render.render(plan, HERE)
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"] + "." + plan["ext"])


if __name__ == "__main__":
    main()
