"""The machine a run came from, the printed table, the JSON file in bench/results/."""

import json
import os
import platform
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> dict:
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
    return {
        "nproc": os.cpu_count(),
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "load_average_at_start": os.getloadavg(),
    }


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def rows(r: dict) -> list[tuple[str, str, str, str]]:
    out = []
    if "scope" in r:
        s = r["scope"]
        out.append(
            (
                "1 national / commune progress",
                f"{_ms(s['national_s'])} / {_ms(s['commune_s'])} = {s['ratio']:.2f}x",
                "<= 3x",
                _ok(s),
            )
        )
    if "floor" in r:
        f = r["floor"]
        out.append(
            (
                "2 national progress / raw GROUP BY",
                f"{_ms(f['national_s'])} / {_ms(f['floor_s'])} = {f['ratio']:.3f}x "
                f"({f['values']:,} values)",
                "<= 0.5x",
                _ok(f),
            )
        )
    if "rush" in r:
        x = r["rush"]
        out.append(
            (
                "3 rush: API / floor req/s",
                f"{x['api']['rps']:.0f} / {x['floor']['rps']:.0f} = {x['ratio']:.2f}x, "
                f"{x['api']['errors']} errors, {x['lost_values']} lost",
                ">= 0.5x, 0, 0",
                _ok(x),
            )
        )
    if "freshness" in r:
        f = r["freshness"]
        out.append(
            (
                "4 freshness POST -> national",
                f"max {_ms(f['max_s'])} (median {_ms(f['median_s'])})",
                "< 1 s",
                _ok(f),
            )
        )
    if "report" in r:
        d = r["report"]
        if "skipped" in d:
            out.append(("5 province / commune report", d["skipped"], "<= 3x", "n/a"))
        else:
            out.append(
                (
                    "5 province / commune report",
                    f"{_ms(d['province_s'])} / {_ms(d['commune_s'])} = {d['ratio']:.2f}x",
                    "<= 3x",
                    _ok(d),
                )
            )
    if "memory" in r:
        m = r["memory"]
        out.append(
            (
                "6 peak memory per worker",
                f"{m['peak_mb']:.0f} MB ({m['workers']} workers)",
                "< 512 MB",
                _ok(m),
            )
        )
    return out


def _ok(d: dict) -> str:
    return "ok" if d.get("ok") else "MISSED"


def print_table(r: dict) -> None:
    table = rows(r)
    widths = [max(len(row[i]) for row in table) for i in range(4)] if table else [0] * 4
    head = ("measurement", "figure", "goal", "")
    widths = [max(w, len(h)) for w, h in zip(widths, head, strict=True)]
    for row in (head, *table):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))


def write_json(r: dict, name: str = "national") -> Path:
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = RESULTS / f"{name}-{stamp}.json"
    text = json.dumps(r, indent=2, ensure_ascii=False, default=str)
    path.write_text(text, encoding="utf-8")
    (RESULTS / f"{name}-latest.json").write_text(text, encoding="utf-8")
    return path
