"""The benchmark's own PostgreSQL database: created, migrated and filled by `gem synth`, or
reused when it already holds a synthetic data set of the requested size."""

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
SCALES = {
    "full": {"provinces": 34, "communes": 3321, "years": 10},
    "ci": {"provinces": 2, "communes": 20, "years": 2},
}


def _admin_url(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/postgres")), parts.path.lstrip("/")


def loaded_size(url: str) -> dict | None:
    """The size of the synthetic data set the database holds (None: none, or no database)."""
    try:
        with psycopg.connect(url, connect_timeout=5) as conn:
            row = conn.execute(
                "SELECT after FROM core_auditevent WHERE action = 'synth.run' "
                "ORDER BY id DESC LIMIT 1"
            ).fetchone()
    except psycopg.Error:
        return None
    return row[0] if row else None


def recreate(url: str) -> None:
    admin, name = _admin_url(url)
    if not name.replace("_", "").isalnum():
        raise SystemExit(f"refusing odd database name {name!r}")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def _gem(env: dict, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "gem", *args], cwd=ROOT, env=env, check=True)


def ensure(url: str, size: dict, *, reload: bool, env: dict, today: str | None) -> dict:
    """Reuse or build the data set; returns what was done and how long it took."""
    held = loaded_size(url)
    if not reload and held:
        if all(held.get(k, v) == v for k, v in size.items()):
            return {"reused": True, **{k: held.get(k) for k in ("plans", "submissions", "values")}}
        raise SystemExit(
            f"{url} holds another data set ({ {k: held.get(k) for k in size} }); "
            "rerun with --reload to rebuild it (about 45 minutes at full scale) or pick the "
            "matching --scale"
        )
    env = {**env, "DJANGO_SETTINGS_MODULE": "gem.settings"}
    started = time.monotonic()
    recreate(url)
    _gem(env, "migrate", "--noinput", "-v0")
    migrated = time.monotonic()
    args = [f"--{k}={v}" for k, v in size.items()]
    _gem(env, "synth", *args, *([f"--today={today}"] if today else []))
    done = time.monotonic()
    held = loaded_size(url) or {}
    return {
        "reused": False,
        "migrate_s": migrated - started,
        "synth_s": done - migrated,
        "synth_steps_s": held.get("seconds"),
        **{k: held.get(k) for k in ("plans", "agencies", "periods", "submissions", "values")},
    }


def database_url() -> str:
    return os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/gem_bench")
