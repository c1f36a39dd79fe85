"""Native Word charts (DrawingML) for python-docx documents: no image library needed.

A chart is a clustered bar chart described as plain data:
{"title": str, "categories": [str], "series": [{"name": str, "values": [Decimal | None],
"labels": [str]}], "number_format": "0"}. Each point carries its own label text (so numbers show
with a decimal comma whatever the reader's locale), and the figures travel in an embedded
workbook, so the officer can edit the chart's data in Word. See docs/adr/0003-report-charts.md.
"""

import io
from xml.sax.saxutils import escape

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Cm
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
SERIES_COLOURS = ("9B1C31", "1F4E79", "7F7F7F", "C55A11")
FONT = "Times New Roman"


def add_chart(paragraph, chart: dict, *, width: Cm, height: Cm) -> None:
    """Add `chart` as an inline native chart in a new run of `paragraph`."""
    document_part = paragraph.part
    package = document_part.package
    number = _next_number(package)
    workbook = Part(
        PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{number}.xlsx"),
        CT.SML_SHEET,
        _workbook(chart),
        package,
    )
    chart_part = Part(PackURI(f"/word/charts/chart{number}.xml"), CT.DML_CHART, b"", package)
    workbook_rid = chart_part.relate_to(workbook, RT.PACKAGE)
    chart_part._blob = _chart_xml(chart, workbook_rid).encode("utf-8")
    chart_rid = document_part.relate_to(chart_part, RT.CHART)
    run = paragraph.add_run()
    drawing = parse_xml(_inline_xml(chart_rid, number, int(width), int(height), chart["title"]))
    run._r.append(drawing)


def _next_number(package) -> int:
    used = {str(p.partname) for p in package.iter_parts()}
    number = 1
    while f"/word/charts/chart{number}.xml" in used:
        number += 1
    return number


def _workbook(chart: dict) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["", *[s["name"] for s in chart["series"]]])
    for row, category in enumerate(chart["categories"]):
        values = [s["values"][row] for s in chart["series"]]
        ws.append([category, *[None if v is None else float(v) for v in values]])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _text_props(size: int, bold: bool = False) -> str:
    b = ' b="1"' if bold else ' b="0"'
    return (
        f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="{size * 100}"{b}>'
        f'<a:latin typeface="{FONT}"/><a:cs typeface="{FONT}"/></a:defRPr></a:pPr>'
        '<a:endParaRPr lang="vi-VN"/></a:p></c:txPr>'
    )


def _series_xml(index: int, series: dict, categories: list[str], fmt: str) -> str:
    col = get_column_letter(index + 2)
    last = len(categories) + 1
    cats = "".join(
        f'<c:pt idx="{i}"><c:v>{escape(c)}</c:v></c:pt>' for i, c in enumerate(categories)
    )
    vals = "".join(
        f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>'
        for i, v in enumerate(series["values"])
        if v is not None
    )
    labels = "".join(
        f'<c:dLbl><c:idx val="{i}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r>'
        f'<a:rPr lang="vi-VN"/><a:t>{escape(text)}</a:t></a:r></a:p></c:rich></c:tx>'
        '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>'
        '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>'
        for i, text in enumerate(series["labels"])
        if text and series["values"][i] is not None
    )
    colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
    return (
        f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/>'
        f'<c:tx><c:strRef><c:f>Sheet1!${col}$1</c:f><c:strCache><c:ptCount val="1"/>'
        f'<c:pt idx="0"><c:v>{escape(series["name"])}</c:v></c:pt></c:strCache></c:strRef></c:tx>'
        f'<c:spPr><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></c:spPr>'
        f'<c:invertIfNegative val="0"/><c:dLbls>{labels}{_text_props(10)}'
        '<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/>'
        '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
        f"<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${last}</c:f><c:strCache>"
        f'<c:ptCount val="{len(categories)}"/>{cats}</c:strCache></c:strRef></c:cat>'
        f"<c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${last}</c:f><c:numCache>"
        f'<c:formatCode>{fmt}</c:formatCode><c:ptCount val="{len(categories)}"/>{vals}'
        "</c:numCache></c:numRef></c:val></c:ser>"
    )


def _chart_xml(chart: dict, workbook_rid: str) -> str:
    fmt = escape(chart.get("number_format", "0"))
    series = "".join(
        _series_xml(i, s, chart["categories"], fmt) for i, s in enumerate(chart["series"])
    )
    title = (
        '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1">'
        f'<a:latin typeface="{FONT}"/></a:defRPr></a:pPr><a:r><a:rPr lang="vi-VN" sz="1200" '
        f'b="1"><a:latin typeface="{FONT}"/></a:rPr><a:t>{escape(chart["title"])}</a:t></a:r>'
        '</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
    )
    axes = (
        '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        f'{_text_props(10)}<c:crossAx val="1002"/><c:crosses val="autoZero"/>'
        '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>'
        '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/>'
        '</c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln '
        'w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>'
        f'</c:majorGridlines><c:numFmt formatCode="{fmt}" sourceLinked="0"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        f'{_text_props(10)}<c:crossAx val="1001"/><c:crosses val="autoZero"/>'
        '<c:crossBetween val="between"/></c:valAx>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<c:chartSpace xmlns:c="{C_NS}" xmlns:a="{A_NS}" xmlns:r="{R_NS}">'
        '<c:lang val="vi-VN"/><c:roundedCorners val="0"/>'
        f'<c:chart>{title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
        '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>'
        f'<c:varyColors val="0"/>{series}<c:gapWidth val="80"/><c:overlap val="-10"/>'
        f'<c:axId val="1001"/><c:axId val="1002"/></c:barChart>{axes}</c:plotArea>'
        f'<c:legend><c:legendPos val="b"/><c:overlay val="0"/>{_text_props(10)}</c:legend>'
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin '
        f'typeface="{FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>'
        f'<c:externalData r:id="{workbook_rid}"><c:autoUpdate val="0"/></c:externalData>'
        "</c:chartSpace>"
    )


def _inline_xml(rid: str, number: int, cx: int, cy: int, title: str) -> str:
    return (
        f'<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" xmlns:c="{C_NS}" xmlns:r="{R_NS}">'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{1000 + number}" name="Chart {number}" descr="{escape(title)}"/>'
        "<wp:cNvGraphicFramePr/><a:graphic>"
        f'<a:graphicData uri="{C_NS}"><c:chart r:id="{rid}"/></a:graphicData>'
        "</a:graphic></wp:inline></w:drawing>"
    )
