"""Render a plan written as blocks into .txt / .md / .docx / .pdf (and VNI-encoded .txt).

Blocks: a str is a paragraph ("**...**" bold, "*...*" italic in docx/md); ("header", left, right)
the issuer/motto header (a Word table, two PDF columns, tab-separated text);
("table", rows, merges) a table (merges: (row1, col1, row2, col2)); ("footnote", text) a PDF
footnote at the bottom of the page (a plain paragraph elsewhere); ("page",) a PDF page break.
"""

import pathlib
import re
import unicodedata

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"


def _plain(text: str) -> str:
    return re.sub(r"\*\*?(.+?)\*\*?", r"\1", text)


def render(plan: dict, folder: pathlib.Path) -> None:
    ext = plan["ext"]
    out = folder / (plan["name"] + "." + ext)
    blocks = plan["blocks"]
    if ext == "docx":
        _docx(blocks, out)
    elif ext == "pdf":
        _pdf(blocks, out)
    elif ext == "md":
        out.write_text(_md(blocks), "utf-8")
    elif plan.get("encoding") == "vni":
        out.write_bytes(to_vni(_txt(blocks)).encode("cp1252"))
    else:
        out.write_text(_txt(blocks), "utf-8")


def _txt(blocks) -> str:
    lines = []
    for b in blocks:
        if isinstance(b, str):
            lines += [_plain(b), ""]
        elif b[0] == "header":
            left, right = b[1], b[2]
            for i in range(max(len(left), len(right))):
                le = left[i] if i < len(left) else ""
                ri = right[i] if i < len(right) else ""
                lines.append(f"{le}\t\t{ri}".rstrip())
            lines.append("")
        elif b[0] == "table":
            lines += ["\t".join(r) for r in b[1]] + [""]
        elif b[0] == "footnote":
            lines += [b[1], ""]
    return "\n".join(lines)


def _md(blocks) -> str:
    lines = []
    for b in blocks:
        if isinstance(b, str):
            lines += [b, ""]
        elif b[0] == "header":
            lines += ["| " + " | ".join(b[1][:1] + b[2][:1]) + " |", "|---|---|"]
            for i in range(1, max(len(b[1]), len(b[2]))):
                le = b[1][i] if i < len(b[1]) else ""
                ri = b[2][i] if i < len(b[2]) else ""
                lines.append(f"| {le} | {ri} |")
            lines.append("")
        elif b[0] == "table":
            rows = b[1]
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("|" + "---|" * len(rows[0]))
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            lines.append("")
        elif b[0] == "footnote":
            lines += [b[1], ""]
    return "\n".join(lines)


def _runs(par, text: str) -> None:
    for part in re.split(r"(\*\*.+?\*\*|\*.+?\*)", text):
        if not part:
            continue
        if part.startswith("**"):
            par.add_run(part[2:-2]).bold = True
        elif part.startswith("*"):
            par.add_run(part[1:-1]).italic = True
        else:
            par.add_run(part)


def _docx(blocks, out: pathlib.Path) -> None:
    import docx

    d = docx.Document()
    for b in blocks:
        if isinstance(b, str):
            _runs(d.add_paragraph(), b)
        elif b[0] == "header":
            left, right = b[1], b[2]
            t = d.add_table(rows=1, cols=2)
            t.cell(0, 0).text = "\n".join(left)
            t.cell(0, 1).text = "\n".join(right)
        elif b[0] == "table":
            rows, merges = b[1], b[2] if len(b) > 2 else []
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    if val:
                        t.cell(r, c).text = val
            for r1, c1, r2, c2 in merges:
                keep = t.cell(r1, c1).text
                merged = t.cell(r1, c1).merge(t.cell(r2, c2))
                merged.text = keep
        elif b[0] == "footnote":
            d.add_paragraph(b[1])
    d.save(out)


def _pdf(blocks, out: pathlib.Path) -> None:
    from fpdf import FPDF

    class Doc(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("serif", size=10)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Doc(format="A4")
    pdf.add_font("serif", "", FONT)
    pdf.add_font("serif", "B", FONT_B)
    pdf.add_font("serif", "I", FONT_I)
    pdf.set_margins(25, 20, 18)
    pdf.set_auto_page_break(True, margin=38)
    pdf.add_page()
    for b in blocks:
        if isinstance(b, str):
            bold = b.startswith("**") and b.endswith("**")
            pdf.set_font("serif", "B" if bold else "", 11.5)
            pdf.multi_cell(0, 6, _plain(b), align="J", new_x="LMARGIN", new_y="NEXT")
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


# VNI Windows: a base letter followed by mark bytes read as cp1252 characters.
_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_TONE_UP = {"\u0301": "Ù", "\u0300": "Ø", "\u0309": "Û", "\u0303": "Õ", "\u0323": "Ï"}
_HAT = {"\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä", "": "â"}
_HAT_UP = {"\u0301": "Á", "\u0300": "À", "\u0309": "Å", "\u0303": "Ã", "\u0323": "Ä", "": "Â"}
_BREVE = {"\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë", "": "ê"}
_BREVE_UP = {"\u0301": "É", "\u0300": "È", "\u0309": "Ú", "\u0303": "Ü", "\u0323": "Ë", "": "Ê"}
_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}
_I_UP = {"\u0301": "Í", "\u0300": "Ì", "\u0309": "Æ", "\u0303": "Ó", "\u0323": "Ò"}


def _vni_char(ch: str) -> str:
    if ch == "đ":
        return "ñ"
    if ch == "Đ":
        return "Ñ"
    d = unicodedata.normalize("NFD", ch)
    if len(d) == 1:
        return ch
    base, marks = d[0], d[1:]
    up = base.isupper()
    tone = next((m for m in marks if m in _TONE), "")
    if "\u0302" in marks:  # circumflex
        return base + (_HAT_UP if up else _HAT)[tone]
    if "\u0306" in marks:  # breve
        return base + (_BREVE_UP if up else _BREVE)[tone]
    if "\u031b" in marks:  # horn: ơ ư
        core = {"o": "ô", "O": "Ô", "u": "ö", "U": "Ö"}[base]
        return core + ((_TONE_UP if up else _TONE)[tone] if tone else "")
    if base in "iI":
        return (_I_UP if up else _I)[tone]
    return base + (_TONE_UP if up else _TONE)[tone]


def to_vni(text: str) -> str:
    return "".join(_vni_char(c) for c in unicodedata.normalize("NFC", text))
