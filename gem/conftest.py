"""Shared fixtures: real database, real users with role grants, the demo data set."""

import os
import shutil
from pathlib import Path

import pytest
from django.test import Client

from gem.accounts.models import Role
from gem.accounts.services import grant_ensure, token_create, user_ensure
from gem.orgs.selectors import orgunit_get_by_code


@pytest.fixture
def province(db):
    return orgunit_get_by_code("38")


@pytest.fixture
def other_province(db):
    return orgunit_get_by_code("01")


@pytest.fixture
def demo(db):
    from gem.web.demo import load_demo

    return load_demo()


@pytest.fixture
def make_user(db):
    def make(username: str, role: str | None = None, org_unit=None, agency=None):
        user = user_ensure(username=username, password=f"pw-{username}-Long1!")
        if role:
            grant_ensure(user=user, role=role, org_unit=org_unit, agency=agency)
        return user

    return make


@pytest.fixture
def admin_user(make_user):
    user = make_user("root-admin")
    user.is_superuser = user.is_staff = True
    user.save()
    return user


@pytest.fixture
def consolidator(make_user, province):
    return make_user("consolidator-38", Role.CONSOLIDATOR, province)


@pytest.fixture
def api_client():
    """A client speaking JSON with a bearer token: api_client(user).get(url)."""

    class ApiClient(Client):
        def __init__(self, user=None):
            super().__init__()
            self.token = token_create(user=user)[1] if user else None

        def _auth(self, extra):
            if self.token:
                extra.setdefault("HTTP_AUTHORIZATION", f"Bearer {self.token}")
            return extra

        def get(self, path, data=None, **extra):
            return super().get(path, data, **self._auth(extra))

        def post(self, path, data=None, content_type="application/json", **extra):
            return super().post(path, data, content_type=content_type, **self._auth(extra))

        def put(self, path, data=None, content_type="application/json", **extra):
            return super().put(path, data, content_type=content_type, **self._auth(extra))

        def delete(self, path, data=None, **extra):
            return super().delete(path, data, **self._auth(extra))

    return ApiClient


# --- Browser tests: Playwright driving Debian's Chromium (no browser download) ---------------

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def require_tools(*tools: str) -> None:
    """A test that needs external tools (LibreOffice, poppler): it fails in CI when one is
    missing and is skipped elsewhere, as the set-up contract says."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    in_ci = bool(os.environ.get("CI"))
    if missing and not in_ci:
        pytest.skip(f"{', '.join(missing)} not installed and CI is unset")
    if missing:
        pytest.fail(f"{', '.join(missing)} required in CI (.ci/run installs them)")


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    in_ci = bool(os.environ.get("CI"))
    if executable is None and not in_ci:
        pytest.skip("Chromium is not installed and CI is unset")
    if executable is None:
        pytest.fail("Chromium is required in CI (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; Django's ORM must still work.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh browser page on the live server; use `login(page, "snv")` to sign in."""
    context = browser.new_context(
        base_url=live_server.url, locale="vi-VN", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(15000)
    page = context.new_page()
    yield page
    context.close()


def login(page, username: str, password: str | None = None) -> None:
    page.goto("/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password or f"demo-{username}")
    page.click("button[type=submit]")
    page.wait_for_load_state()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


# --- Reference data for transactional tests -------------------------------------------------
# Transactional tests (browser, concurrency) end with a flush that empties every table, and
# `serialized_rollback` cannot always restore it: once Playwright's event loop runs in the main
# thread, Django's connection proxy may hand out a fresh wrapper without the serialized copy.
# So each transactional test reloads the reference data the data migrations load, if missing.


def ensure_reference_data() -> None:
    import importlib

    from django.apps import apps

    from gem.orgs.models import OrgUnit
    from gem.plans.models import Plan

    if not OrgUnit.objects.exists():
        importlib.import_module("gem.orgs.migrations.0002_reference_units").load(apps, None)
    if not Plan.objects.filter(is_builtin=True).exists():
        importlib.import_module("gem.plans.migrations.0002_national_strategy").load(apps, None)


@pytest.fixture(autouse=True)
def _reference_data_for_transactional_tests(request):
    marker = request.node.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction"):
        return
    request.getfixturevalue("transactional_db")
    ensure_reference_data()


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgresql` run only against PostgreSQL (CI's second pass); on SQLite they
    are deselected, not skipped."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    keep = [i for i in items if i.get_closest_marker("postgresql") is None]
    dropped = [i for i in items if i.get_closest_marker("postgresql") is not None]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep
