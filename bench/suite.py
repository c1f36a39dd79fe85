"""The national benchmark, end to end: data set, bench users, server, six measurements."""

import os
import sys
import time

from bench import dataset
from bench.results import RESULTS, machine, print_table, write_json
from bench.server import Server, env_for


def _size(args) -> dict:
    size = dict(dataset.SCALES[args.scale])
    for key in size:
        if getattr(args, key) is not None:
            size[key] = getattr(args, key)
    return size


def _django(env: dict) -> None:
    os.environ.update(env)
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.bench_settings"
    import django

    django.setup()


def _step(label: str) -> None:
    print(f"-- {label}", file=sys.stderr, flush=True)


def run_national(args) -> int:
    url = dataset.database_url()
    env = env_for(url)
    size = _size(args)
    _step(f"data set {size} in {url}")
    load = dataset.ensure(url, size, reload=args.reload, env=env, today=args.today)
    _django(env)
    from django.db import connection

    from bench import fixtures, national, reports, rush

    results = {"machine": machine(), "scale": size, "load": load, "database": url}
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        results["machine"]["postgresql"] = cursor.fetchone()[0]
    done, current = fixtures.periods()
    plan = fixtures.national_plan()
    _step(f"bench users (periods: complete {done}, being reported {current})")
    results["reset_forms"] = fixtures.reset_bench_forms(current)
    token = fixtures.ministry_token()
    plans = fixtures.missing_form_communes(current, args.clients + 1)
    if len(plans) < 2:
        raise SystemExit(f"no commune without a form in {current}: rerun with --reload")
    reporters = [fixtures.reporter_for(p) for p in plans]
    fresh, crowd = reporters[0], reporters[1:]
    results["periods"] = {"complete": done, "current": current}
    RESULTS.mkdir(exist_ok=True)
    with Server(env, workers=args.workers, log_dir=RESULTS) as server:
        results["server"] = {"workers": len(server.worker_pids()), "port": server.port}
        _step("1-2 national progress against a commune's and the raw SQL floor")
        results["scope"] = national.scope_ratio(server.port, token, plan.pk, fresh.unit.code, done)
        results["floor"] = national.floor_ratio(results["scope"]["national_s"], done)
        _step("4 freshness")
        results["freshness"] = national.freshness(server.port, token, plan.pk, fresh, current)
        _step(f"3+6 deadline rush: {len(crowd)} clients x {args.pieces} requests")
        results.update(rush.rush(server, crowd, current, args.pieces))
    _step("5 reports")
    results["report"] = reports.report_ratio(_annual(done, current))
    results["finished_at"] = time.strftime("%Y-%m-%d %H:%M:%S")
    path = write_json(results)
    print()
    print_table(results)
    print(f"\nJSON: {path}")
    return 0


def _annual(done: str, current: str) -> str:
    """The latest annual period with complete data."""
    year = int(done[:4])
    return str(year) if done.isdigit() else str(year - 1)
