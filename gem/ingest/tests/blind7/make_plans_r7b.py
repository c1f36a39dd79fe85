"""Render plans_r7b.PLANS into this folder, with <name>.expected.json beside each.

Run with /tmp/genvenv/bin/python (python-docx, fpdf2). Plain .md/.txt plans go through
blind3/render.py. .docx plans are built here (render.py has no Word list numbering): the
document is set in Times New Roman 13pt on A4 like an official document, 'List Number'
paragraphs get real automatic numbering (a fresh w:num with startOverride per list) and
'List Bullet' paragraphs real bullets. A plan with "via": "libreoffice" is built as .docx
the same way and printed to .pdf with `soffice --headless --convert-to pdf`; only the .pdf
is kept.
"""

import copy
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE))

from plans_r7b import PLANS  # noqa: E402
from render import _runs, render  # noqa: E402


def _set_font(doc):
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    pf = st.paragraph_format
    pf.space_after = Pt(4)
    pf.first_line_indent = None
    for s in doc.sections:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.left_margin, s.right_margin = Cm(3), Cm(2)
        s.top_margin, s.bottom_margin = Cm(2), Cm(2)


def _new_num(doc, style_name):
    """A fresh w:num on the abstract numbering of style_name, restarting at 1."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = doc.part.numbering_part.element
    style_num = doc.styles[style_name].element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(style_num):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{new_id}"><w:abstractNumId w:val="{abstract}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    return new_id


def _set_num(par, num_id):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    ppr = par._p.get_or_add_pPr()
    ppr.insert(
        1,
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        ),
    )


def _no_borders(table):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    tblPr = table._tbl.tblPr
    tblPr.append(
        parse_xml(
            f"<w:tblBorders {nsdecls('w')}>"
            + "".join(
                f'<w:{e} w:val="nil"/>'
                for e in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + "</w:tblBorders>"
        )
    )


def _cell_lines(cell, lines, bold_first=0, center=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = i < bold_first
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_docx(blocks, out: pathlib.Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

    d = docx.Document()
    _set_font(d)
    num_id = None
    n_str = 0
    for b in blocks:
        if isinstance(b, str):
            p = d.add_paragraph()
            _runs(p, b)
            n_str += 1
            if n_str <= 2:  # "KẾ HOẠCH" and the title line under it
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif b[0] == "num":
            if num_id is None or (len(b) > 2 and b[2] == "restart"):
                num_id = _new_num(d, "List Number")
            p = d.add_paragraph(style="List Number")
            _runs(p, b[1])
            _set_num(p, num_id)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif b[0] == "bul":
            p = d.add_paragraph(style="List Bullet")
            _runs(p, b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif b[0] == "header":
            t = d.add_table(rows=1, cols=2)
            _cell_lines(
                t.cell(0, 0), b[1], bold_first=len(b[1]) - 2 if len(b[1]) > 2 else len(b[1])
            )
            _cell_lines(t.cell(0, 1), b[2], bold_first=2)
            _no_borders(t)
        elif b[0] == "sign":
            t = d.add_table(rows=1, cols=2)
            _cell_lines(t.cell(0, 0), b[1], bold_first=1, center=False)
            _cell_lines(t.cell(0, 1), b[2], bold_first=3)
            _no_borders(t)
        elif b[0] == "table":
            rows, merges = b[1], b[2] if len(b) > 2 else []
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    if val:
                        t.cell(r, c).text = val
                        if r == 0:
                            for run in t.cell(r, c).paragraphs[0].runs:
                                run.bold = True
            if len(rows[0]) == 4:  # TT | indicator | two target columns
                from docx.shared import Cm

                t.autofit = False
                for gc, w in zip(
                    t._tbl.tblGrid.findall(
                        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol"
                    ),
                    (1.0, 10.0, 2.5, 2.5),
                ):
                    gc.set(
                        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w",
                        str(int(w * 567)),
                    )
                for row in t.rows:
                    for cell, w in zip(row.cells, (1.0, 10.0, 2.5, 2.5)):
                        cell.width = Cm(w)
            for r1, c1, r2, c2 in merges:
                keep = t.cell(r1, c1).text
                t.cell(r1, c1).merge(t.cell(r2, c2)).text = keep
        elif b[0] == "footnote":
            d.add_paragraph(b[1])
        elif b[0] == "page":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(out)


def main() -> None:
    for plan in PLANS:
        name, ext = plan["name"], plan["ext"]
        if ext == "docx":
            build_docx(plan["blocks"], HERE / f"{name}.docx")
        elif ext == "pdf" and plan.get("via") == "libreoffice":
            with tempfile.TemporaryDirectory() as tmp:
                src = pathlib.Path(tmp) / f"{name}.docx"
                build_docx(plan["blocks"], src)
                subprocess.run(
                    [
                        "soffice",
                        "--headless",
                        f"-env:UserInstallation=file://{tmp}/lo",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        tmp,
                        str(src),
                    ],
                    check=True,
                    capture_output=True,
                    timeout=180,
                )
                shutil.copy(pathlib.Path(tmp) / f"{name}.pdf", HERE / f"{name}.pdf")
        else:
            render(plan, HERE)
        (HERE / f"{name}.expected.json").write_text(
            json.dumps(copy.deepcopy(plan["expected"]), ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", name + "." + ext)


if __name__ == "__main__":
    main()
