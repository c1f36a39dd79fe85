"""Render the r7a blind plans into this folder (run with /tmp/genvenv/bin/python).

- .txt plans go through blind3/render.py.
- "r7a-docx" plans: built here with python-docx (Word list styles with automatic numbering).
- "r7a-docx-soffice" plans: built here as .docx, converted to .pdf by LibreOffice
  (soffice --headless --convert-to pdf); only the .pdf is kept.
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

import docx  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from plans_r7a import PLANS  # noqa: E402
from render import render  # noqa: E402


def _runs(par, text):
    for part in re.split(r"(\*\*.+?\*\*|\*.+?\*)", text):
        if not part:
            continue
        if part.startswith("**"):
            par.add_run(part[2:-2]).bold = True
        elif part.startswith("*"):
            par.add_run(part[1:-1]).italic = True
        else:
            par.add_run(part)


def _abstract_of(d, style_name):
    """abstractNum element used by a list style of the default template."""
    num_id = d.styles[style_name].element.pPr.numPr.numId.val
    numbering = d.part.numbering_part.element
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            aid = num.find(qn("w:abstractNumId")).get(qn("w:val"))
            for a in numbering.findall(qn("w:abstractNum")):
                if a.get(qn("w:abstractNumId")) == aid:
                    return num_id, aid, a
    raise KeyError(style_name)


def _set_level0(abstract, fmt, text, font=None):
    lvl = next(lv for lv in abstract.findall(qn("w:lvl")) if lv.get(qn("w:ilvl")) == "0")
    lvl.find(qn("w:numFmt")).set(qn("w:val"), fmt)
    lvl.find(qn("w:lvlText")).set(qn("w:val"), text)
    if font:
        rpr = lvl.find(qn("w:rPr"))
        if rpr is not None:
            lvl.remove(rpr)
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for k in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(k), font)
        rpr.append(rf)
        lvl.append(rpr)


class Builder:
    def __init__(self):
        self.d = docx.Document()
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin, sec.right_margin = Cm(3), Cm(2)
        sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
        st = self.d.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(13)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
        st.paragraph_format.space_after = Pt(4)
        # Word lists as Vietnamese offices set them up
        self.lists = {}
        for name, fmt, text, font in [
            ("List Number", "decimal", "%1.", None),
            ("List Number 2", "lowerLetter", "%1)", None),
            ("List Number 3", "decimal", "Chỉ tiêu %1:", None),
            ("List Bullet", "bullet", "-", "Times New Roman"),
        ]:
            num_id, aid, a = _abstract_of(self.d, name)
            _set_level0(a, fmt, text, font)
            self.lists[name] = [aid, num_id]

    def _restart(self, style):
        numbering = self.d.part.numbering_part.element
        ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        new_id = max(ids) + 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(new_id))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), self.lists[style][0])
        num.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        self.lists[style][1] = new_id

    def para(self, text, style=None):
        p = self.d.add_paragraph(style=style)
        _runs(p, text)
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    def li(self, style, text, restart=None):
        if restart:
            self._restart(style)
        p = self.para(text, style)
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = self.lists[style][1]
        return p

    def header(self, left, right):
        t = self.d.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, lines in ((t.cell(0, 0), left), (t.cell(0, 1), right)):
            cell.paragraphs[0].text = ""
            for i, line in enumerate(lines):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                r = p.add_run(line)
                r.bold = i < 2 or line.startswith(("TM.", "KT.", "PHÓ", "CHỦ"))
                r.font.size = Pt(12)
                p.alignment = (
                    WD_ALIGN_PARAGRAPH.CENTER
                    if not line.startswith("- ")
                    else WD_ALIGN_PARAGRAPH.LEFT
                )
        t.cell(0, 0).width, t.cell(0, 1).width = Cm(6.5), Cm(9.5)

    def table(self, rows, merges):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, val in enumerate(row):
                cell = t.cell(r, c)
                lines = val.split("\n") if val else [""]
                cell.paragraphs[0].text = ""
                for i, line in enumerate(lines):
                    p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    run = p.add_run(line)
                    run.font.size = Pt(11)
                    if r == 0:
                        run.bold = True
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        widths = {5: [1.0, 6.6, 2.8, 2.8, 2.8], 4: [1.0, 4.4, 5.6, 5.0]}.get(len(rows[0]))
        if widths:
            t.autofit = False
            for c, w in enumerate(widths):
                t.columns[c].width = Cm(w)
            for row in t.rows:
                for c, w in enumerate(widths):
                    row.cells[c].width = Cm(w)
        for r1, c1, r2, c2 in merges:
            keep = t.cell(r1, c1).text
            m = t.cell(r1, c1).merge(t.cell(r2, c2))
            m.text = ""
            run = m.paragraphs[0].add_run(keep)
            run.bold = True
            run.font.size = Pt(11)
        return t

    def build(self, blocks, out):
        for b in blocks:
            if isinstance(b, str):
                p = self.para(b)
                if b.startswith("**KẾ HOẠCH**") or (
                    b.startswith("**") and "Chiến lược" in b[:40] and b.endswith("**")
                ):
                    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif b[0] == "li":
                self.li(b[1], b[2], b[3] if len(b) > 3 else None)
            elif b[0] == "header":
                self.header(b[1], b[2])
            elif b[0] == "table":
                tbl = self.table(b[1], b[2] if len(b) > 2 else [])
                if len(b[1]) == 1:  # signature block: no borders
                    tbl.style = self.d.styles["Normal Table"]
            elif b[0] == "footnote":
                self.para(b[1])
            elif b[0] == "page":
                self.d.add_page_break()
        self.d.save(str(out))


def main():
    for plan in PLANS:
        builder = plan.get("builder")
        if builder == "r7a-docx":
            Builder().build(plan["blocks"], HERE / (plan["name"] + ".docx"))
        elif builder == "r7a-docx-soffice":
            with tempfile.TemporaryDirectory() as tmp:
                src = pathlib.Path(tmp) / (plan["name"] + ".docx")
                Builder().build(plan["blocks"], src)
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
                shutil.copy(
                    pathlib.Path(tmp) / (plan["name"] + ".pdf"), HERE / (plan["name"] + ".pdf")
                )
        else:
            render(plan, HERE)
        (HERE / (plan["name"] + ".expected.json")).write_text(
            json.dumps(plan["expected"], ensure_ascii=False, indent=1), "utf-8"
        )
        print("wrote", plan["name"] + "." + plan["ext"])


if __name__ == "__main__":
    main()
