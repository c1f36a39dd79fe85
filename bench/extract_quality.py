"""Extraction quality on the samples and the unseen corpus.

    .venv/bin/python -m bench.extract_quality
    .venv/bin/python -m bench.extract_quality --dir gem/ingest/tests/blind [--dir ...]

Targets right: value, unit, comparator and year all equal to the hand-checked target.
Assignments: precision/recall/F1 over (agency, indicator, role) pairs.
Reporting: F1 over (kind, by, due) duties.
"""

import argparse
import json
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "gem/ingest/tests/fixtures"
CORPUS = ROOT / "gem/ingest/tests/corpus"
DOCUMENTS = (".txt", ".md", ".docx", ".pdf")


def cases(folder: pathlib.Path) -> list[tuple[pathlib.Path, pathlib.Path]]:
    out = []
    for path in sorted(folder.iterdir()):
        if path.suffix in DOCUMENTS and not path.name.endswith(".expected.json"):
            expected = path.with_name(path.name[: -len(path.suffix)] + ".expected.json")
            if expected.exists():
                out.append((path, expected))
    return out


def evaluate(folder: pathlib.Path):
    from gem.ingest.extract import extract_path
    from gem.ingest.scoring import Score, score

    total, rows = Score(), []
    for path, expected in cases(folder):
        got = extract_path(path).plan
        s = score(got, json.loads(expected.read_text(encoding="utf-8")))
        total.add(s)
        rows.append((path.name, s))
    return rows, total


def report(title: str, rows, total) -> None:
    print(f"\n{title}")
    print(f"{'file':42} {'targets':>9} {'assign P/R/F1':>18} {'report F1':>9}")
    for name, s in [*rows, ("OVERALL", total)]:
        p, r = s.precision_recall("assign")
        print(
            f"{name:42} {s.targets_right:>3}/{s.targets_total:<3} {s.target_accuracy:>4.0%}"
            f"  {p:.2f}/{r:.2f}/{s.assignment_f1:.2f}   {s.reporting_f1:.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the extractor on hand-checked plans.")
    parser.add_argument(
        "--dir",
        action="append",
        type=pathlib.Path,
        help="a folder of plans with *.expected.json (repeatable; default: samples and corpus)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gem.test_settings")
    import django

    django.setup()
    folders = (
        [(str(d), d) for d in args.dir]
        if args.dir
        else [
            ("Samples", SAMPLES),
            ("Unseen corpus", CORPUS),
        ]
    )
    for title, folder in folders:
        rows, total = evaluate(folder)
        report(title, rows, total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
