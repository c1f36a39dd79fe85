"""Build the blind-2 documents from the plain sources in src/.

    .venv/bin/python gem/ingest/tests/blind2/make_files.py

The sources are what the officer typed; this script lays them out the way the files arrive:
- .docx: header and signature blocks in borderless tables, a header in Word text boxes
  (mc:AlternateContent with a wps shape AND its VML fallback, as Word writes it, so the text
  is stored twice), an annex table, a one-cell "frame" table holding the objectives with a
  nested table inside it;
- .pdf: hard-wrapped lines (fpdf2, DejaVu Serif), running headers, "Trang n/m" footers or a
  bare page number at the top, justified text;
- .txt: Unicode decomposed (NFD) with CRLF and a BOM; TCVN3 (ABC) legacy 8-bit bytes.
Lines of a source starting with "@" are layout directives (see `docx_from`).
"""

import pathlib
import unicodedata

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt
from fpdf import FPDF

HERE = pathlib.Path(__file__).resolve().parent
SRC = HERE / "src"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

# --- TCVN3 (ABC): one byte per letter; capitals with a tone mark share the lower-case code
# (the .VnTimeH font draws them as capitals), so they come back lower-case.
_TCVN3_LOWER = {
    "a": "aµ¶·¸¹", "ă": "¨»¼½¾Æ", "â": "©ÇÈÉÊË", "e": "eÌÎÏÐÑ", "ê": "ªÒÓÔÕÖ",
    "i": "i×ØÜÝÞ", "o": "oßáâãä", "ô": "«åæçèé", "ơ": "¬êëìíî", "u": "uïñòóô",
    "ư": "\xadõö÷øù", "y": "yúûüýþ",
}  # fmt: skip
_TONES = "\u0300\u0309\u0303\u0301\u0323"  # huyền, hỏi, ngã, sắc, nặng (TCVN3 order)
_TCVN3_CAPS = {"Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§", "đ": "®"}


def _tcvn3_table() -> dict[str, str]:
    table = dict(_TCVN3_CAPS)
    for base, codes in _TCVN3_LOWER.items():
        if base not in "aeiouy":
            table[base] = codes[0]
        for tone, code in zip(_TONES, codes[1:], strict=True):
            letter = unicodedata.normalize("NFC", base + tone)
            table[letter] = code
            table[letter.upper()] = code
    return table


def to_tcvn3(text: str) -> bytes:
    table = _tcvn3_table()
    out = "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
    return out.replace("\n", "\r\n").encode("latin-1")


# --- Word ---------------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TEXTBOX = (
    '<w:r {w} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    ' xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
    '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0"'
    ' simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1"'
    ' allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
    '<wp:posOffset>{x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
    '<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2900000" cy="800000"/>'
    '<wp:wrapNone/><wp:docPr id="{id}" name="Text Box {id}"/><a:graphic><a:graphicData'
    ' uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
    '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2900000"'
    ' cy="800000"/></a:xfrm><a:prstGeom prst="rect"/></wps:spPr><wps:txbx><w:txbxContent>'
    "{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
    "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape"
    ' style="position:absolute;width:228pt;height:63pt"><v:textbox><w:txbxContent>{paras}'
    "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def _para_xml(line: str) -> str:
    centred = '<w:pPr><w:jc w:val="center"/></w:pPr>'
    return f'<w:p>{centred}<w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>'


def add_textbox(document, lines: list[str], index: int) -> None:
    paras = "".join(_para_xml(line) for line in lines)
    run = parse_xml(TEXTBOX.format(w=W, x=index * 3200000, id=index + 1, paras=paras))
    document.add_paragraph()._p.append(run)


def _borderless(table) -> None:
    borders = parse_xml(
        f'<w:tblBorders {W}>'
        + "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right",
                                                     "insideH", "insideV"))
        + "</w:tblBorders>"
    )  # fmt: skip
    table._tbl.tblPr.append(borders)


def add_two_blocks(document, spec: str) -> None:
    left, right = (side.strip().split("|") for side in spec.split("||"))
    table = document.add_table(rows=1, cols=2)
    _borderless(table)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = lines[0].strip()
        for line in lines[1:]:
            cell.add_paragraph(line.strip())


def fill_table(table_like, rows: list[str]) -> None:
    cells = [row.split("|") for row in rows]
    table = table_like.add_table(rows=len(cells), cols=len(cells[0]))
    table.style = "Table Grid"
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            table.cell(r, c).text = value.strip()


def docx_from(source: pathlib.Path, target: pathlib.Path) -> None:
    """@header L1|L2 || R1|R2 (table), @textbox L1|L2 (text box), @signature (table),
    @table ... @endtable (grid table), @frame ... @endframe (one-cell table) with
    @nested ... @endnested (a table inside the frame), @pagebreak."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(13)
    lines = source.read_text(encoding="utf-8").splitlines()
    boxes, frame, rows, where = 0, None, None, None
    for line in lines:
        if line.startswith(("@header", "@signature")):
            add_two_blocks(document, line.split(" ", 1)[1])
        elif line.startswith("@textbox"):
            add_textbox(document, line.split(" ", 1)[1].split("|"), boxes)
            boxes += 1
        elif line == "@pagebreak":
            document.add_page_break()
        elif line == "@frame":
            frame = document.add_table(rows=1, cols=1)
            frame.style = "Table Grid"
            frame = frame.cell(0, 0)
            frame.paragraphs[0].text = ""
        elif line == "@endframe":
            frame = None
        elif line in ("@table", "@nested"):
            rows, where = [], (frame if line == "@nested" else document)
        elif line in ("@endtable", "@endnested"):
            fill_table(where, rows)
            if frame is not None:
                frame.add_paragraph("")
            rows = None
        elif rows is not None:
            rows.append(line)
        else:
            paragraph = (frame or document).add_paragraph(line)
            if line.isupper() or line.startswith("KẾ HOẠCH"):
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in paragraph.runs:
                    run.bold = True
    document.core_properties.author = "blind2"
    document.save(target)


# --- PDF ----------------------------------------------------------------------------------


class Plan(FPDF):
    def __init__(self, running: str | None, footer: str, align: str):
        super().__init__(format="A4")
        self.running, self.footer_style, self.body_align = running, footer, align
        self.add_font("Serif", "", FONT)
        self.add_font("Serif", "B", FONT_BOLD)
        self.set_margins(30, 20, 20)
        self.set_auto_page_break(True, 22)

    def header(self):
        if self.footer_style == "top":
            self.set_font("Serif", "", 11)
            if self.page_no() > 1:
                self.cell(0, 8, str(self.page_no()), align="C", new_x="LMARGIN", new_y="NEXT")
        elif self.running and self.page_no() > 1:
            self.set_font("Serif", "", 9)
            self.cell(0, 6, self.running, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self):
        if self.footer_style == "trang":
            self.set_y(-15)
            self.set_font("Serif", "", 9)
            self.cell(0, 8, f"Trang {self.page_no()}/{{nb}}", align="C")
        elif self.footer_style == "bare":
            self.set_y(-15)
            self.set_font("Serif", "", 10)
            self.cell(0, 8, str(self.page_no()), align="R")


def pdf_from(source: pathlib.Path, target: pathlib.Path, running, footer, align) -> None:
    pdf = Plan(running, footer, align)
    pdf.add_page()
    for line in source.read_text(encoding="utf-8").splitlines():
        bold = line.isupper() or line.startswith("KẾ HOẠCH")
        pdf.set_font("Serif", "B" if bold else "", 13)
        pdf.multi_cell(0, 7, line, align="C" if bold else align, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


DOCX = ["ha-noi-2026-2030", "dien-bien-2026", "hung-yen-2026-2030"]
PDF = {
    "ho-chi-minh-2026-2030": (
        "UBND Thành phố Hồ Chí Minh - Kế hoạch thực hiện Chiến lược quốc gia về BĐG 2026-2030",
        "trang",
        "L",
    ),
    "khanh-hoa-so-y-te-2026-2030": (None, "bare", "J"),
    "phuong-phuoc-hau-2026-2030": (None, "top", "L"),
}


def main() -> None:
    for name in DOCX:
        docx_from(SRC / f"{name}.txt", HERE / f"{name}.docx")
    for name, (running, footer, align) in PDF.items():
        pdf_from(SRC / f"{name}.txt", HERE / f"{name}.pdf", running, footer, align)
    text = (SRC / "dac-khu-phu-quoc-2026-2030.txt").read_text(encoding="utf-8")
    nfd = unicodedata.normalize("NFD", text).replace("\n", "\r\n")
    (HERE / "dac-khu-phu-quoc-2026-2030.txt").write_bytes(nfd.encode("utf-8-sig"))
    text = (SRC / "phu-tho-2026-2030.txt").read_text(encoding="utf-8")
    (HERE / "phu-tho-2026-2030.txt").write_bytes(to_tcvn3(text))


if __name__ == "__main__":
    main()
