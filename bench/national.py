"""National progress: its cost against one commune's, against the raw-SQL floor, and how soon
a posted value shows in it (measurements 1, 2 and 4)."""

import statistics
import time
from decimal import Decimal

from django.db import connection

from bench.client import call
from bench.fixtures import Reporter

ROUNDS = 15
FLOOR_ALL = (
    "SELECT period_code, indicator_code, part_number, sex, SUM(numerator), SUM(denominator), "
    "SUM(value), COUNT(*) FROM reporting_datavalue GROUP BY 1, 2, 3, 4"
)
FLOOR_PERIOD = (
    "SELECT indicator_code, part_number, sex, SUM(numerator), SUM(denominator), SUM(value), "
    "COUNT(*) FROM reporting_datavalue WHERE period_code = %s GROUP BY 1, 2, 3"
)


def progress_path(plan_id: int, unit_code: str, period: str) -> str:
    return f"/api/v1/plans/{plan_id}/progress?orgUnit={unit_code}&period={period}"


def _get_ok(port: int, path: str, token: str):
    reply = call(port, "GET", path, token=token)
    if reply.status != 200:
        raise RuntimeError(f"GET {path}: HTTP {reply.status} {reply.body[:300]!r}")
    return reply


def scope_ratio(port: int, token: str, plan_id: int, commune: str, period: str) -> dict:
    """1. National progress vs one commune's, same plan and period, interleaved, medians."""
    national = progress_path(plan_id, "VN", period)
    local = progress_path(plan_id, commune, period)
    for _ in range(3):  # warm every worker a little
        _get_ok(port, national, token), _get_ok(port, local, token)
    times = {"national": [], "commune": []}
    for _ in range(ROUNDS):
        times["national"].append(_get_ok(port, national, token).seconds)
        times["commune"].append(_get_ok(port, local, token).seconds)
    n, c = statistics.median(times["national"]), statistics.median(times["commune"])
    return {
        "national_s": n,
        "commune_s": c,
        "ratio": n / c,
        "goal": "<= 3",
        "ok": n / c <= 3,
        "national_p90_s": _p90(times["national"]),
        "bytes": len(_get_ok(port, national, token).body),
    }


def _p90(values: list[float]) -> float:
    return sorted(values)[int(0.9 * (len(values) - 1))]


def _sql_seconds(sql: str, params=(), rounds: int = 5) -> float:
    times = []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)  # warm the cache
        cursor.fetchall()
        for _ in range(rounds):
            started = time.perf_counter()
            cursor.execute(sql, params)
            cursor.fetchall()
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def floor_ratio(national_s: float, period: str) -> dict:
    """2. National progress (API, measured above) vs one GROUP BY over all stored values."""
    floor_all = _sql_seconds(FLOOR_ALL)
    floor_period = _sql_seconds(FLOOR_PERIOD, [period])
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM reporting_datavalue")
        (rows,) = cursor.fetchone()
    return {
        "national_s": national_s,
        "floor_s": floor_all,
        "ratio": national_s / floor_all,
        "goal": "<= 0.5",
        "ok": national_s / floor_all <= 0.5,
        "values": rows,
        "floor_one_period_s": floor_period,
        "ratio_one_period": national_s / floor_period,
    }


def _national_figure(port, token, plan_id, period, code, part, sex) -> Decimal | None:
    answer = _get_ok(port, progress_path(plan_id, "VN", period), token).json()
    for indicator in answer["indicators"]:
        if indicator["code"] != code:
            continue
        for p in indicator["parts"]:
            if p["part"] == part:
                figure = p["bySex"].get(sex) if sex else p
                return Decimal(str((figure or {}).get("numerator") or 0))
    return None


def freshness(port, token, plan_id, reporter: Reporter, period: str, rounds: int = 5) -> dict:
    """4. Time from a value's POST to its effect in the national progress answer.

    Each round adds 1 to a commune's female numerator (and total) of a by-sex ratio and polls
    the national answer until its female numerator has grown by 1."""
    part = next(p for p in reporter.parts if p.measure == "ratio" and p.is_by_sex)
    code, number = part.indicator.code, part.number
    values = reporter.form(period, seed=99)
    rows = [v for v in values if (v["indicator"], v["part"]) == (code, number)]
    changed = [v for v in rows if v.get("sex") in ("female", None)]  # female and total
    for row in changed:
        row["denominator"] += rounds  # room for the numerator to grow
    _post_ok(port, reporter, period, values)
    seconds = []
    for _ in range(rounds):
        before = _national_figure(port, token, plan_id, period, code, number, "female")
        for row in changed:
            row["numerator"] += 1
        started = time.perf_counter()
        _post_ok(port, reporter, period, rows)
        now = before
        while now != before + 1 and time.perf_counter() - started < 10:
            now = _national_figure(port, token, plan_id, period, code, number, "female")
        seconds.append(time.perf_counter() - started if now == before + 1 else float("inf"))
    worst = max(seconds)
    return {
        "median_s": statistics.median(seconds),
        "max_s": worst,
        "goal": "< 1",
        "ok": worst < 1,
        "indicator": f"{code}#{number} female",
        "unit": reporter.unit.code,
    }


def _post_ok(port, reporter: Reporter, period: str, values: list[dict]) -> None:
    reply = call(
        port,
        "POST",
        "/api/v1/datavalues",
        token=reporter.token,
        body=reporter.payload(period, values),
    )
    if reply.status != 200:
        raise RuntimeError(f"POST datavalues: HTTP {reply.status} {reply.body[:300]!r}")
