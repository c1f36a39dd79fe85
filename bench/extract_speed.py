"""Extraction speed on a ~30-page plan (the Thanh Hóa sample, its tasks section repeated).

.venv/bin/python -m bench.extract_speed
"""

import os
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "gem/ingest/tests/fixtures/thanh-hoa-2026-2030.txt"
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


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gem.test_settings")
    import django

    django.setup()
    from gem.ingest.extract import extract_document

    data = long_plan()
    extract_document(data, "plan.txt")  # warm up (regex compilation, imports)
    runs = []
    for _ in range(10):
        start = time.perf_counter()
        extraction = extract_document(data, "plan.txt")
        runs.append(time.perf_counter() - start)
    pages = len(data.decode()) / CHARS_PER_PAGE
    print(
        f"plan: {len(data):,} bytes, ~{pages:.0f} pages, "
        f"{sum(len(i['targets']) for o in extraction.plan['objectives'] for i in o['indicators'])}"
        " targets"
    )
    print(
        f"extract_document: median {statistics.median(runs) * 1000:.0f} ms, "
        f"max {max(runs) * 1000:.0f} ms over {len(runs)} runs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
