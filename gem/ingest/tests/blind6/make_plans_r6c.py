"""Render the r6c blind plans and their expected JSON into this folder.

Run with an interpreter that has fpdf2 and python-docx:  /tmp/genvenv/bin/python make_plans_r6c.py

blind3/render.py does not draw ("table", ...) blocks in PDF output, and the r6c PDF plan keeps
its assignments in an annex table, so this script renders PDFs with a local copy of render._pdf
that also draws tables (horizontal merges become colspans). Everything else goes through render().
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

import render as R  # noqa: E402
from plans_r6c import PLANS  # noqa: E402


def _pdf_with_tables(blocks, out):
    from fpdf import FPDF

    class Doc(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("serif", size=10)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Doc(format="A4")
    pdf.add_font("serif", "", R.FONT)
    pdf.add_font("serif", "B", R.FONT_B)
    pdf.add_font("serif", "I", R.FONT_I)
    pdf.set_margins(25, 20, 18)
    pdf.set_auto_page_break(True, margin=38)
    pdf.add_page()
    for b in blocks:
        if isinstance(b, str):
            bold = b.startswith("**") and b.endswith("**")
            italic = b.startswith("*") and b.endswith("*") and not bold
            pdf.set_font("serif", "B" if bold else ("I" if italic else ""), 11.5)
            pdf.multi_cell(0, 6, R._plain(b), align="J", new_x="LMARGIN", new_y="NEXT")
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
        elif b[0] == "table":
            rows, merges = b[1], (b[2] if len(b) > 2 else [])
            span = {(r1, c1): c2 - c1 + 1 for r1, c1, r2, c2 in merges if r1 == r2}
            ncol = len(rows[0])
            widths = (16, 62, 40, 49) if ncol == 4 else None
            pdf.set_font("serif", "", 9.5)
            with pdf.table(
                col_widths=widths, text_align="LEFT", line_height=5, first_row_as_headings=True
            ) as t:
                for r, row in enumerate(rows):
                    tr = t.row()
                    c = 0
                    while c < ncol:
                        n = span.get((r, c), 1)
                        tr.cell(row[c], colspan=n)
                        c += n
            pdf.ln(2)
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


R._pdf = _pdf_with_tables


def main():
    for plan in PLANS:
        R.render(plan, HERE)
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"] + "." + plan["ext"])


if __name__ == "__main__":
    main()
