"""The deadline rush (measurements 3 and 6): many communes submit their forms at once.

Each client is one commune's reporter sending its whole form for the period being reported
now, split into a few POST /api/v1/datavalues requests (a part's sexes stay together). The
same clients then send the same bodies to the bare floor endpoint. Afterwards every posted
figure is read back (0 lost values) and each worker's peak resident memory is read.
"""

import statistics
from decimal import Decimal

from django.db import connection

from bench.bench_urls import FLOOR_DDL, FLOOR_TABLE
from bench.client import Load, raw_post, run_clients
from bench.fixtures import Reporter
from bench.server import postgres_cpu_seconds
from gem.reporting.models import DataValue

API = "/api/v1/datavalues"
FLOOR = "/bench/floor"


def split(values: list[dict], pieces: int) -> list[list[dict]]:
    groups: dict[tuple, list[dict]] = {}
    for v in values:
        groups.setdefault((v["indicator"], v["part"]), []).append(v)
    chunks: list[list[dict]] = [[] for _ in range(min(pieces, len(groups)))]
    for i, rows in enumerate(groups.values()):
        chunks[i % len(chunks)].extend(rows)
    return chunks


def _scripts(reporters: list[Reporter], period: str, pieces: int) -> tuple[list, list, dict]:
    api, floor, posted = [], [], {}
    for r in reporters:
        values = r.form(period)
        for v in values:
            posted[(r.unit.pk, v["indicator"], v["part"], v.get("sex") or "")] = v
        bodies = [r.payload(period, chunk) for chunk in split(values, pieces)]
        api.append([raw_post(API, body, r.token) for body in bodies])
        floor.append([raw_post(FLOOR, body, None) for body in bodies])
    return api, floor, posted


def _floor_rows() -> int:
    with connection.cursor() as cursor:
        cursor.execute(FLOOR_DDL)
        cursor.execute(f"SELECT COUNT(*) FROM {FLOOR_TABLE}")  # noqa: S608
        return cursor.fetchone()[0]


def lost_values(reporters: list[Reporter], period: str, posted: dict) -> int:
    """Posted figures not stored exactly as posted."""
    stored = DataValue.objects.filter(
        period_code=period,
        org_unit__in=[r.unit for r in reporters],
        submission__agency__in=[r.agency for r in reporters],
    ).values_list(
        "org_unit_id", "indicator_code", "part_number", "sex", "numerator", "denominator", "value"
    )
    found = {(u, c, p, s): (n, d, v) for u, c, p, s, n, d, v in stored}
    lost = 0
    for key, row in posted.items():
        want = tuple(_dec(row.get(k)) for k in ("numerator", "denominator", "value"))
        if found.get(key) != want:
            lost += 1
    return lost


def _dec(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _summary(load: Load) -> dict:
    lat = sorted(load.latencies) or [0.0]
    return {
        "requests": load.requests,
        "ok": load.ok,
        "errors": len(load.errors),
        "first_errors": load.errors[:5],
        "seconds": load.seconds,
        "rps": load.rps,
        "latency_p50_s": statistics.median(lat),
        "latency_p95_s": lat[int(0.95 * (len(lat) - 1))],
    }


def _measured(server, scripts: list[list[bytes]]) -> tuple[Load, dict]:
    """Run the clients; also the CPU time the workers and PostgreSQL spent per request."""
    app, db = server.cpu_seconds(), postgres_cpu_seconds()
    load = run_clients(server.port, scripts)
    n = max(load.requests, 1)
    return load, {
        "app_cpu_ms_per_request": (server.cpu_seconds() - app) * 1000 / n,
        "db_cpu_ms_per_request": (postgres_cpu_seconds() - db) * 1000 / n,
    }


def rush(server, reporters: list[Reporter], period: str, pieces: int) -> dict:
    api, floor, posted = _scripts(reporters, period, pieces)
    floor_before = _floor_rows()
    run_clients(server.port, [s[:1] for s in floor[:20]])  # warm up every worker
    warmed = _floor_rows()
    floor_load, floor_cpu = _measured(server, floor)
    floor_stored = _floor_rows() - warmed
    memory_before = server.memory_mb()
    api_load, api_cpu = _measured(server, api)
    memory = server.memory_mb()
    lost = lost_values(reporters, period, posted)
    ratio = api_load.rps / floor_load.rps if floor_load.rps else 0.0
    peak = max(m["peak"] for m in memory.values())
    return {
        "rush": {
            "clients": len(reporters),
            "values_posted": len(posted),
            "lost_values": lost,
            "floor": {
                **_summary(floor_load),
                **floor_cpu,
                "rows_stored": floor_stored,
                "rows_before": floor_before,
            },
            "api": {**_summary(api_load), **api_cpu},
            "ratio": ratio,
            "goal": ">= 0.5, 0 errors, 0 lost",
            "ok": ratio >= 0.5 and not api_load.errors and lost == 0,
        },
        "memory": {
            "workers": len(memory),
            "peak_mb": peak,
            "per_worker_peak_mb": sorted(round(m["peak"], 1) for m in memory.values()),
            "rss_before_rush_mb": sorted(round(m["rss"], 1) for m in memory_before.values()),
            "goal": "< 512",
            "ok": peak < 512,
        },
    }
