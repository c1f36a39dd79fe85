"""Profile one request in-process against the benchmark database (cProfile + query counts).

    python -m bench.profile post       # one commune form POSTed to /api/v1/datavalues
    python -m bench.profile national   # GET the national progress
    python -m bench.profile commune    # GET one commune's progress (national plan)

Run `python -m bench national` first (it builds the database and the bench users). Prints the
request's time, its SQL statements grouped by their start, and the top functions.
"""

import cProfile
import json
import os
import pstats
import sys
import time
from collections import Counter

from bench import dataset
from bench.server import env_for


def _setup() -> None:
    os.environ.update(env_for(dataset.database_url()))
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.bench_settings"
    import django

    django.setup()


def _request(kind: str):
    from django.test import Client

    from bench import fixtures
    from bench.national import progress_path

    done, current = fixtures.periods()
    client = Client()
    if kind == "post":
        reporter = fixtures.reporter_for(fixtures.missing_form_communes(current, 400)[-1])
        body = json.dumps(reporter.payload(current, reporter.form(current)))
        auth = {"HTTP_AUTHORIZATION": f"Bearer {reporter.token}"}
        return lambda: client.post(
            "/api/v1/datavalues", body, content_type="application/json", **auth
        )
    token = fixtures.ministry_token()
    unit = "VN" if kind == "national" else fixtures.missing_form_communes(done, 1)[0].org_unit.code
    path = progress_path(fixtures.national_plan().pk, unit, done)
    return lambda: client.get(path, HTTP_AUTHORIZATION=f"Bearer {token}")


def main() -> int:
    kind = sys.argv[1] if len(sys.argv) > 1 else "post"
    _setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    Client().get("/healthz")  # warm up: import the URLs and the views
    send = _request(kind)
    if kind != "post":
        send()  # and the caches of the progress answer
    profile = cProfile.Profile()
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        profile.enable()
        response = send()
        profile.disable()
        elapsed = time.perf_counter() - started
    print(f"{kind}: HTTP {response.status_code} in {elapsed * 1000:.0f} ms, {len(queries)} queries")
    sql_time = Counter()
    for q in queries.captured_queries:
        sql_time[q["sql"][:70]] += float(q["time"])
    counts = Counter(q["sql"][:70] for q in queries.captured_queries)
    for sql, _ in sql_time.most_common(12):
        n = counts[sql]
        print(f"{n:5} x {sql_time[sql] * 1000:7.1f} ms  {sql}")
    pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
    return 0


if __name__ == "__main__":
    sys.exit(main())
