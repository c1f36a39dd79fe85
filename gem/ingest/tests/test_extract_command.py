import json
import os
import pathlib
import subprocess
import sys

from gem.ingest.tests.conftest import CORPUS, FIXTURES

REPO = pathlib.Path(__file__).resolve().parents[3]


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SECRET_KEY": "x", "GEM_HTTPS": "0", "LANG": "C.UTF-8"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "gem", "extract", *args],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=120, check=False,
    )  # fmt: skip


def test_it_prints_the_plan_json():
    result = _run(str(FIXTURES / "thai-nguyen-2026.txt"))
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["issuer"] == "UBND tỉnh Thái Nguyên"
    assert "Thái Nguyên" in result.stdout  # ensure_ascii=False


def test_it_prints_review_warnings_on_request():
    result = _run("--warnings", str(CORPUS / "bo-y-te-2026-2030.md"))
    assert result.returncode == 0
    assert json.loads(result.stdout)["level"] == "agency"


def test_it_fails_with_one_line_and_status_2(tmp_path):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4\n garbage")
    result = _run(str(junk))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_it_refuses_a_huge_file_quickly(tmp_path):
    big = tmp_path / "big.docx"
    with big.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    result = _run(str(big))
    assert result.returncode == 2
    assert "too large" in result.stderr or "quá lớn" in result.stderr


def test_it_runs_without_a_secret_key_in_the_environment(tmp_path):
    env = {**os.environ, "LANG": "C.UTF-8", "GEM_VAR_DIR": str(tmp_path)}
    for name in ("SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DEBUG"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "gem", "extract", str(FIXTURES / "ninh-thuan-2025.txt")],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "gem.plan/1"


def test_a_command_needing_the_key_says_so_in_one_line(tmp_path):
    env = {**os.environ, "LANG": "C.UTF-8", "GEM_VAR_DIR": str(tmp_path)}
    for name in ("SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DEBUG"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "gem", "migrate", "--check"],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "SECRET_KEY" in result.stderr and "Traceback" not in result.stderr
