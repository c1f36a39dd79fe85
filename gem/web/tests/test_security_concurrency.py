"""No lost data when people and programs write at once, through the real interfaces.

- Two people saving one form from the same version: the second gets the conflict page (409),
  never a silent overwrite.
- Writers in threads saving one form through the web page: every save is either accepted
  (stored once, audited once, the version moves by one) or reported as a conflict; no 500.
- Programs in threads upserting one figure through the API: exactly one row, holding the
  last accepted value.
The threaded tests run WRITERS x SAVES requests in threads on PostgreSQL: 20 x 5 in the suite,
GEM_CONCURRENCY=20x50 for the full run (counts go to test-artifacts/concurrency.json). SQLite's
test database lives in memory and takes one writer at a time, so there a smaller variant runs the
writers interleaved in one thread: all read the form, then all save, round after round.
"""

import json
import os
import threading
from decimal import Decimal as D
from pathlib import Path

import pytest
from django.db import connection, connections
from django.test import Client

from gem.accounts.models import Role
from gem.accounts.services import token_create
from gem.core.models import AuditEvent
from gem.reporting.models import DataValue, Submission
from gem.web.forms_reporting import value_name

pytest_plugins = ["gem.reporting.tests.fixtures"]

POSTGRES = connection.vendor == "postgresql"
SIZE = os.environ.get("GEM_CONCURRENCY", "20x5" if POSTGRES else "3x4")
WRITERS, SAVES = (int(n) for n in SIZE.split("x"))
ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


def note(name: str, **counts) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "concurrency.json"
    notes = json.loads(path.read_text()) if path.exists() else {}
    notes[name] = {"database": connection.vendor, "writers": WRITERS, "saves": SAVES, **counts}
    path.write_text(json.dumps(notes, indent=1))


NUM, DEN = value_name("4.1", 0, "", "numerator"), value_name("4.1", 0, "", "denominator")


def form_url(form) -> str:
    return f"/reporting/forms/{form.period_id}/{form.agency_id}/"


def post_figures(client, form, numerator: int, version: int):
    data = {"version": str(version), NUM: str(numerator), DEN: "5000"}
    return client.post(form_url(form), data)


def stored(form) -> D:
    return DataValue.objects.get(submission=form, indicator_code="4.1", sex="").numerator


def test_the_second_of_two_people_saving_one_version_gets_the_conflict_page(
    syt_form, syt_reporter, make_user, province
):
    colleague = make_user("cons-38-b", Role.CONSOLIDATOR, province)
    first, second = Client(), Client()
    first.force_login(syt_reporter)
    second.force_login(colleague)
    version = Submission.objects.get(pk=syt_form.pk).version
    assert post_figures(first, syt_form, 5400, version).status_code == 302
    response = post_figures(second, syt_form, 5500, version)
    assert response.status_code == 409
    assert "5500" in response.content.decode() or "5.500" in response.content.decode()
    assert stored(syt_form) == 5400  # the first save stands; nothing overwritten silently


def run_writers(target, count: int) -> None:
    """Run target(n) for n in range(count): generators that yield between reading and saving."""
    if not POSTGRES:
        writers = [target(n) for n in range(count)]
        while writers:
            for w in list(writers):  # everyone reads (runs up to its next yield) ...
                if next(w, StopIteration) is StopIteration:
                    writers.remove(w)
            for w in writers:  # ... then everyone saves
                next(w, None)
        return
    barrier = threading.Barrier(count)

    def run(n):
        try:
            barrier.wait(timeout=30)
            for _step in target(n):
                pass
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not any(t.is_alive() for t in threads)


def changes_of(form):
    return AuditEvent.objects.filter(
        action="datavalue.change", object_type="reporting.submission", object_id=str(form.pk)
    ).order_by("id")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_writers_saving_one_form_at_once_lose_nothing_and_get_no_error(syt_form, syt_reporter):
    start = Submission.objects.get(pk=syt_form.pk).version
    results, lock = [], threading.Lock()

    def writer(n):
        client = Client()
        client.force_login(syt_reporter)
        for i in range(SAVES):
            value = 5000 + n * SAVES + i  # every value typed is different
            version = Submission.objects.get(pk=syt_form.pk).version  # the page as loaded
            yield
            status = post_figures(client, syt_form, value, version).status_code
            with lock:
                results.append((status, value))

    run_writers(writer, WRITERS)
    statuses = [s for s, _v in results]
    accepted = [v for s, v in results if s == 302]
    assert len(results) == WRITERS * SAVES
    assert set(statuses) <= {302, 409}, sorted(set(statuses))
    assert accepted, "no save was accepted"
    events = list(changes_of(syt_form))
    assert len(events) == len(accepted)  # every accepted value stored (and audited) once
    assert sorted(D(e.after["numerator"]) for e in events) == sorted(D(v) for v in accepted)
    assert Submission.objects.get(pk=syt_form.pk).version == start + len(accepted)
    assert stored(syt_form) == D(events[-1].after["numerator"])  # the last accepted value
    conflicts = statuses.count(409)
    note("web form", requests=len(results), accepted=len(accepted), conflicts=conflicts, lost=0)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_api_upserts_of_one_value_leave_one_row_with_the_last_value(
    syt_form, syt_reporter, rplan, period
):
    token = token_create(user=syt_reporter)[1]
    results, lock = [], threading.Lock()

    def program(n):
        client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
        for i in range(SAVES):
            value = 5000 + n * SAVES + i
            yield
            body = {
                "plan": rplan.pk,
                "orgUnit": "38",
                "period": period.code,
                "values": [{"indicator": "4.1", "numerator": value, "denominator": 5000}],
            }
            response = client.post("/api/v1/datavalues", body, content_type="application/json")
            with lock:
                results.append((response.status_code, value))

    run_writers(program, WRITERS)
    assert {s for s, _v in results} == {200}, sorted({s for s, _v in results})
    rows = DataValue.objects.filter(submission=syt_form, indicator_code="4.1", sex="")
    assert rows.count() == 1
    events = list(changes_of(syt_form))
    assert len(events) == WRITERS * SAVES  # every accepted upsert applied once, none lost
    assert rows.get().numerator == D(events[-1].after["numerator"])
    note("api upserts", requests=len(results), accepted=len(events), rows=1, lost=0)
