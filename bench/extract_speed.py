"""Extraction speed on ~30-page plans: the Thanh Hóa sample as text (its tasks section
repeated), a PDF with a text layer (a blind plan's pages repeated), and a PDF saved from Word
whose indicator and assignment tables fill half its pages (bench/data, pages repeated).

.venv/bin/python -m bench.extract_speed
"""

import os
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "gem/ingest/tests/fixtures/thanh-hoa-2026-2030.txt"
PROSE_PDF = ROOT / "gem/ingest/tests/blind5/nghe-an-2026-2030.pdf"
TABLES_PDF = ROOT / "bench/data/word-tables-13-pages.pdf"
CHARS_PER_PAGE = 3000  # A4, Times New Roman 13-14pt


def long_plan(pages: int = 30) -> bytes:
    """The sample with its tasks section repeated until the plan is `pages` pages long."""
    text = SAMPLE.read_text(encoding="utf-8")
    head, rest = text.split("II. NHIỆM VỤ, GIẢI PHÁP", 1)
    tasks, tail = rest.split("III. KINH PHÍ THỰC HIỆN", 1)
    body = tasks
    while len(head) + len(body) + len(tail) < pages * CHARS_PER_PAGE:
        body += tasks
    return f"{head}II. NHIỆM VỤ, GIẢI PHÁP{body}III. KINH PHÍ THỰC HIỆN{tail}".encode()


def long_pdf(source: pathlib.Path, pages: int = 30) -> bytes:
    """The PDF's pages repeated (after the first) until it has `pages` pages."""
    import io

    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(source)
    writer = PdfWriter()
    body = list(reader.pages[1:])
    writer.add_page(reader.pages[0])
    while len(writer.pages) < pages:
        writer.add_page(body[(len(writer.pages) - 1) % len(body)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _time(extract_document, data: bytes, name: str, runs: int) -> tuple[list[float], object]:
    extraction = extract_document(data, name)  # warm up (regex compilation, imports)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extraction = extract_document(data, name)
        times.append(time.perf_counter() - start)
    return times, extraction


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gem.test_settings")
    import django

    django.setup()
    from gem.ingest.extract import extract_document

    cases = [
        ("text plan", long_plan(), "plan.txt", 10),
        ("PDF, prose", long_pdf(PROSE_PDF), "plan.pdf", 5),
        ("PDF from Word, tables on half its pages", long_pdf(TABLES_PDF), "plan.pdf", 3),
    ]
    for label, data, name, runs in cases:
        times, extraction = _time(extract_document, data, name, runs)
        targets = sum(
            len(i["targets"]) for o in extraction.plan["objectives"] for i in o["indicators"]
        )
        size = len(data.decode()) / CHARS_PER_PAGE if name.endswith(".txt") else 30
        print(
            f"{label}: {len(data):,} bytes, ~{size:.0f} pages, {targets} targets; "
            f"median {statistics.median(times) * 1000:.0f} ms, "
            f"max {max(times) * 1000:.0f} ms over {runs} runs"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
