"""Generate the blind test plans (text, Markdown, Word, PDF) and their expected JSON.

    .venv/bin/python gem/ingest/tests/blind/make_files.py

The plans in plans_*.py were written by hand, as officers of other provinces, a commune
and a ministry would write them, before the extractor's code was read. Each plan is a
list of blocks; the expected `gem.plan/1` is built from the same blocks, with targets,
assignments and reporting duties checked by hand against plan-format.md.

Blocks:
    "text"                               a paragraph
    ("h", text)                          a section heading (bold in Word/PDF, ## in Markdown)
    ("obj", code, line, title)           an objective heading as written, and its title
    ("ind", code, prefix, text|[texts], [targets])   an indicator (several paragraphs if a list)
    ("table", rows)                      a table (first row is the header)
    ("xobj", code, title)                an objective only in the expected JSON (tables)
    ("xind", code, text, [targets])      an indicator only in the expected JSON (tables)
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

FONT_DIR = pathlib.Path("/usr/share/fonts/truetype/dejavu")
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def t(value, unit="%", cmp=">=", year=None, baseline=None, label=None):
    """One expected target; year None = the plan's end year."""
    return {
        "value": value,
        "unit": unit,
        "comparator": cmp,
        "year": year,
        "baseline": baseline,
        "label": label,
    }


def yes(year=None):
    return t(None, "bool", "=", year)


# ---------------------------------------------------------------- expected JSON


def expected(plan: dict) -> dict:
    meta = plan["meta"]
    end = meta["period"]["end"]
    objectives: list[dict] = []
    for block in plan["body"]:
        if isinstance(block, str):
            continue
        kind = block[0]
        if kind in ("obj", "xobj"):
            title = block[3] if kind == "obj" else block[2]
            objectives.append({"code": block[1], "title": title, "indicators": []})
        elif kind in ("ind", "xind"):
            if kind == "ind":
                _, code, _prefix, text, targets = block
            else:
                _, code, text, targets = block
            text = " ".join(text) if isinstance(text, list) else text
            targets = [dict(x, year=x["year"] or end) for x in targets]
            objectives[-1]["indicators"].append({"code": code, "text": text, "targets": targets})
    return {
        "format": "gem.plan/1",
        **meta,
        "objectives": objectives,
        "assignments": plan["assignments"],
        "reporting": plan["reporting"],
    }


# ---------------------------------------------------------------- flat paragraphs


def paragraphs(plan: dict):
    """(style, text) pairs; style in p, h, table."""
    for block in plan["body"]:
        if isinstance(block, str):
            yield "p", block
            continue
        kind = block[0]
        if kind == "h":
            yield "h", block[1]
        elif kind == "obj":
            yield "h", block[2]
        elif kind == "ind":
            texts = block[3] if isinstance(block[3], list) else [block[3]]
            yield "p", block[2] + texts[0]
            for more in texts[1:]:
                yield "p", more
        elif kind == "table":
            yield "table", block[1]
        elif kind == "sig":
            yield "sig", block[1]


def header_lines(plan: dict) -> tuple[list[str], list[str]]:
    h = plan["header"]
    return h["left"], [*MOTTO, "", h["date"]]


def render_text(plan: dict, markdown: bool) -> str:
    left, right = header_lines(plan)
    out: list[str] = []
    if markdown:
        out += [f"**{x}**  " if x and not x.startswith("Số") else x for x in left]
        out += [""] + [f"**{x}**  " if x == MOTTO[0] else x for x in right if x] + [""]
    else:
        out += [f"\t{x}" for x in left] + [""] + [f"\t{x}" for x in right] + [""]
    out += ["KẾ HOẠCH" if not markdown else "# KẾ HOẠCH", ""]
    out += [("## " if markdown else "") + line for line in plan["title_lines"]] + [""]
    sep = [""] if plan.get("blank_lines", True) else []
    for style, text in paragraphs(plan):
        if style == "table":
            rows = text
            if markdown:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            else:
                out += ["\t".join(r) for r in rows]
            out += [""]
        elif style == "sig":
            out += [""] + list(text) + [""]
        elif style == "h" and markdown:
            out += [f"**{text}**"] + sep
        else:
            out += [text] + sep
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- Word


def render_docx(plan: dict, path: pathlib.Path) -> None:
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    left, right = header_lines(plan)
    table = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    doc.add_paragraph("")
    title = doc.add_paragraph()
    title.add_run("KẾ HOẠCH").bold = True
    for line in plan["title_lines"]:
        doc.add_paragraph().add_run(line).bold = True
    for style_name, text in paragraphs(plan):
        if style_name == "table":
            rows = text
            tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tbl.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    tbl.cell(r, c).text = value
                    if r == 0:
                        for run in tbl.cell(r, c).paragraphs[0].runs:
                            run.bold = True
        elif style_name == "sig":
            sig = doc.add_table(rows=1, cols=2)
            half = len(text) // 2
            nl, sg = text[:half], text[half:]
            sig.rows[0].cells[0].paragraphs[0].text = nl[0]
            for line in nl[1:]:
                sig.rows[0].cells[0].add_paragraph(line)
            sig.rows[0].cells[1].paragraphs[0].text = sg[0]
            for line in sg[1:]:
                sig.rows[0].cells[1].add_paragraph(line)
        elif style_name == "h":
            doc.add_paragraph().add_run(text).bold = True
        else:
            doc.add_paragraph(text)
    doc.save(path)


# ---------------------------------------------------------------- PDF


def render_pdf(plan: dict, path: pathlib.Path) -> None:
    from fpdf import FPDF

    running = plan["running_header"]

    class Doc(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("dv", "I", 9)
                self.cell(0, 6, running, align="C")
                self.ln(10)

        def footer(self):
            self.set_y(-15)
            self.set_font("dv", "", 9)
            self.cell(0, 8, plan.get("page_format", "{n}").format(n=self.page_no()), align="C")

    pdf = Doc(format="A4")
    pdf.set_margins(25, 20, 20)
    pdf.add_font("dv", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("dv", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("dv", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    left, right = header_lines(plan)
    top = pdf.get_y()
    pdf.set_font("dv", "B", 10)
    for line in left:
        pdf.set_x(20)
        pdf.cell(70, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(top)
    for line in right:
        pdf.set_x(90)
        pdf.cell(105, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("dv", "B", 12)
    pdf.cell(0, 7, "KẾ HOẠCH", align="C", new_x="LMARGIN", new_y="NEXT")
    for line in plan["title_lines"]:
        pdf.multi_cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for style_name, text in paragraphs(plan):
        if style_name == "table":
            pdf.set_font("dv", "", 9)
            with pdf.table(text_align="LEFT", line_height=5) as tbl:
                for row in text:
                    r = tbl.row()
                    for value in row:
                        r.cell(value)
            pdf.ln(3)
            continue
        lines = text if style_name == "sig" else [text]
        pdf.set_font("dv", "B" if style_name == "h" else "", 11)
        for line in lines:
            pdf.multi_cell(0, 5.5, line, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.output(str(path))


# ---------------------------------------------------------------- main


def all_plans() -> list[dict]:
    import plans_a
    import plans_b

    return [*plans_a.PLANS, *plans_b.PLANS]


def main() -> int:
    for plan in all_plans():
        name, ext = plan["name"], plan["ext"]
        path = HERE / f"{name}.{ext}"
        if ext in ("txt", "md"):
            path.write_text(render_text(plan, markdown=ext == "md"), encoding="utf-8")
        elif ext == "docx":
            render_docx(plan, path)
        elif ext == "pdf":
            render_pdf(plan, path)
        exp = json.dumps(expected(plan), ensure_ascii=False, indent=1) + "\n"
        (HERE / f"{name}.expected.json").write_text(exp, encoding="utf-8")
        print(path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
