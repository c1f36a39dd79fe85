"""PDF with a text layer (pypdf): drop page furniture, rebuild paragraphs from wrapped lines."""

import io
import logging
import re
from collections import Counter

from gem.ingest.errors import fail
from gem.ingest.parsers import pdf_tables
from gem.lib.vntext import is_mostly_upper, nfc, repair_legacy

MAX_PAGES = 500
MAX_TABLE_PAGES = 40  # pages re-read for their tables (pdfminer is slower than pypdf)
# A line that starts a new paragraph: headings, list items, bullets.
_STARTS_BLOCK = re.compile(
    r"^(?:[IVX]{1,5}\.\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|\(\d{1,2}\)\s|[-+•–*]\s"
    r"|Chỉ tiêu(?:\s+(?:số\s+)?\d{1,2}(?:\.\d{1,2})?|\s+thứ\s+\w+)?\s*[:.)-]"
    r"|Mục tiêu \d"
    r"|KẾ HOẠCH|Nơi nhận|Căn cứ|Số:|#"
    r"|Thực hiện\s+(?:Nghị quyết|Kế hoạch|Quyết định|Chỉ thị|Công văn|Thông tư|Luật|Nghị định"
    r"|Chương trình|Kết luận|Hướng dẫn)\s+(?:số\s+)?\d)"
)


def parse(data: bytes) -> str:
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _try_empty_password(reader):
            raise fail("pdf_encrypted")
        if len(reader.pages) > MAX_PAGES:
            raise fail("too_many_pages", limit=MAX_PAGES)
        pages = _page_texts(data) or [(page.extract_text() or "") for page in reader.pages]
        ruled = pdf_tables.ruled_pages(reader)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise fail("pdf_corrupt") from exc
    if sum(len(p.strip()) for p in pages) < 40 * max(1, len(pages)) // 2:
        raise fail("pdf_no_text")
    items: list[list] = [p.splitlines() for p in pages]
    if ruled and len(ruled) <= MAX_TABLE_PAGES:
        items = _with_tables(data, ruled, items)
    lines = _strip_furniture(items)
    return repair_legacy(nfc("\n".join(join_wrapped(lines))))


def _with_tables(data: bytes, ruled: list[int], items: list[list]) -> list[list]:
    """The pages that hold ruled tables, re-read with their rows as 'a | b | c' lines."""
    try:
        found = pdf_tables.pages_with_tables(data, ruled)
    except Exception:  # pdfminer fails on some files pypdf reads: keep pypdf's reading
        return items
    pages = pdf_tables.join_broken_rows([found.get(i, lines) for i, lines in enumerate(items)])
    return [
        [pdf_tables.SEPARATOR.join(i) if isinstance(i, list) else i for i in page] for page in pages
    ]


def _page_texts(data: bytes) -> list[str] | None:
    """Each page's text through PDFium (pypdfium2, which pdfplumber brings): the same text as
    pypdf's on our PDFs, ten times faster; None when PDFium cannot open the file (pypdf then
    reads it)."""
    try:
        import pypdfium2

        document = pypdfium2.PdfDocument(data)
    except Exception:  # PdfiumError, a password it wants, a file it rejects
        return None
    try:
        texts = []
        for index in range(len(document)):
            text = document[index].get_textpage().get_text_range()
            texts.append(_PDFIUM_NOISE.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))
        return texts
    except Exception:
        return None
    finally:
        document.close()


_PDFIUM_NOISE = re.compile(r"[\x02\ufffe\x00]|[ \t]+(?=\n)")


def _try_empty_password(reader) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf raises DependencyError etc. for unsupported ciphers
        return False


def _strip_furniture(pages: list[list[str]]) -> list[str]:
    """Remove page numbers and header/footer lines repeated on most pages."""
    edge = Counter()
    for lines in pages:
        stripped = [ln.strip() for ln in lines if ln.strip()]
        for ln in set(stripped[:2] + stripped[-2:]):
            edge[_shape(ln)] += 1
    repeated = {k for k, n in edge.items() if len(pages) >= 3 and n >= 0.6 * len(pages)}
    out = []
    for lines in pages:
        for ln in lines:
            text = ln.strip()
            if not text or pdf_tables.PAGE_NUMBER.match(text) or _shape(text) in repeated:
                continue
            out.append(text)
    return out


def _shape(line: str) -> str:
    """A header line with the page number in it repeats once digits are ignored."""
    return re.sub(r"\d+", "#", line.strip().lower())


_RUNS_ON = re.compile(r"(?:,|\b(?:và|với|của|chỉ tiêu|mục tiêu|ngày|tại|số|đến|từ))$", re.I)


_CONNECTIVE_END = re.compile(r"\b(?:của|thuộc|tại|trong|và|với)$", re.I)
_REFERENCE_END = re.compile(
    r"\b(?:chỉ tiêu\s+(?:số\s+)?\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})*"
    r"|điểm\s+[a-zđ](?:\s*(?:,|và)\s*(?:điểm\s+)?[a-zđ])*),?$",
    re.I,
)


def _list_continues(previous: str, line: str, full: int) -> bool:
    """A line filled to the margin that ends with ";" or "," ("... Mục tiêu 5;" + "Chỉ tiêu 2,
    Chỉ tiêu 3 của Mục tiêu 6.") runs on; a short one ends a list item."""
    return (
        len(previous) >= 0.9 * full
        and previous.endswith((";", ","))
        and not _STARTS_BLOCK.match(line)
        and not is_mostly_upper(line)
    )


def join_wrapped(lines: list[str]) -> list[str]:
    """Join lines wrapped mid-sentence back into paragraphs.

    A wrapped line runs (nearly) to the right margin; a shorter line ends its paragraph.
    """
    lengths = sorted(len(ln) for ln in lines if pdf_tables.SEPARATOR not in ln)
    full = lengths[int(len(lengths) * 0.9)] if lengths else 0
    paragraphs: list[str] = []
    last = ""
    for line in lines:
        table = pdf_tables.SEPARATOR in line or pdf_tables.SEPARATOR in last
        if (
            paragraphs
            and not table
            and (
                len(last) >= 0.8 * full
                and _continues(last, line)
                or len(last) >= 0.6 * full
                and _caps_heading_continues(last, line)
                or _list_continues(last, line, full)
            )
        ):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
        last = line
    return paragraphs


def _caps_heading_continues(previous: str, line: str) -> bool:
    """A long capitals heading wrapped onto a second capitals line (capitals are wider, so the
    first line ends short of the margin): "MỤC TIÊU 3. ĐỜI SỐNG ... ỨNG" + "PHÓ VỚI ..."."""
    return (
        is_mostly_upper(previous)
        and is_mostly_upper(line)
        and not _STARTS_BLOCK.match(line)
        and not re.search(r"[.:;!?]$", previous)
    )


def _continues(previous: str, line: str) -> bool:
    if re.fullmatch(r"[IVX]{1,5}\.?|\d{1,3}\.?", line) and not is_mostly_upper(previous):
        return not re.search(r"[.:;!?]$", previous)  # "... quy định tại Mục" + "VII."
    if _RUNS_ON.search(previous) and re.match(r"\d", line):
        return True  # "các chỉ tiêu: 1.1, 1.2, 3.2," + "6.1. Định kỳ ..." is no list item
    if (_REFERENCE_END.search(previous) or _CONNECTIVE_END.search(previous)) and re.match(
        r"(?:Mục tiêu|mục tiêu)\s+\d", line
    ):
        return True  # "chỉ tiêu 1, 2" / "chỉ tiêu 4 của" + "Mục tiêu 5; ..."
    if _STARTS_BLOCK.match(line) or is_mostly_upper(previous) or is_mostly_upper(line):
        return False
    if line[:1].islower() or line[:1] in '("“':
        return True
    return not re.search(r"[.:;!?]['\")”]?$", previous)
