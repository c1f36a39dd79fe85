"""Fuzzing the JSON API from its own OpenAPI schema (schemathesis, in-process through WSGI).

Every operation gets generated requests, valid and invalid, as Thanh Hóa's consolidator with a
bearer token. Checked: no 500; status codes, content types, headers and bodies as the
schema says. Business rules may refuse schema-valid data (a plan id that does not exist), so
"positive data accepted" is not checked. Bounded: GEM_FUZZ_EXAMPLES (default 25) per operation.
"""

import json
import os
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from gem.accounts.services import token_create
from gem.reporting.tests.fixtures import period, rplan  # noqa: F401

EXAMPLES = int(os.environ.get("GEM_FUZZ_EXAMPLES", "25"))
CASES: dict[str, int] = {}


# Deviations from the schema known and reported; remove an entry when its cause is fixed.
# 1. A path parameter that is not an integer (/plans/null/) matches no URL: Django's HTML 404.
# 2. GET /orgunits documents no 400, yet answers 400 to a malformed limit/offset.
def content_type(response) -> str:
    for name, values in response.headers.items():
        if name.lower() == "content-type":
            return values[0] if isinstance(values, list) else str(values)
    return ""


KNOWN: list = []  # answers the schema does not promise yet (none left)


def _tolerating_known(check):
    def wrapped(ctx, response, case):
        if any(known(case, response) for known in KNOWN):
            return None
        return check(ctx, response, case)

    wrapped.__name__ = check.__name__
    return wrapped


CHECKS = [
    not_a_server_error,
    _tolerating_known(status_code_conformance),
    _tolerating_known(content_type_conformance),
    response_headers_conformance,
    response_schema_conformance,
]


def load_schema():
    from gem.api.urls import api
    from gem.wsgi import application

    loaded = schemathesis.openapi.from_dict(api.get_openapi_schema())
    loaded.app = application  # requests go through the WSGI app, in this process
    return loaded


schema = load_schema()


@pytest.fixture(scope="module", autouse=True)
def report_counts():
    """Writes how many cases each operation got to test-artifacts/fuzz-cases.json."""
    yield
    if CASES:
        out = Path(__file__).resolve().parents[3] / "test-artifacts"
        out.mkdir(exist_ok=True)
        counts = dict(sorted(CASES.items()), total=sum(CASES.values()))
        (out / "fuzz-cases.json").write_text(json.dumps(counts, indent=1))


@pytest.fixture
def keep_test_connection():
    """Requests through the WSGI app would close the test's database connection at their end
    (Django's close_old_connections); the test client turns that off the same way."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def bearer(consolidator, request, keep_test_connection):
    """A consolidator of Thanh Hóa, with a small plan of every measure and its periods."""
    request.getfixturevalue("period")
    return {"Authorization": f"Bearer {token_create(user=consolidator)[1]}"}


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_the_api_answers_every_generated_request_as_its_schema_says(case, bearer):
    CASES[case.operation.label] = CASES.get(case.operation.label, 0) + 1
    case.call_and_validate(headers=bearer, checks=CHECKS)


def test_the_fuzzer_reaches_every_operation():
    from gem.api.urls import api

    paths = api.get_openapi_schema()["paths"]
    assert sum(len(ops) for ops in paths.values()) == len(list(schema.get_all_operations()))
