"""Hardening: the deployment checklist, security headers, CSP without inline script, CSRF."""

import os
import re
import secrets
import string
import subprocess
import sys
from pathlib import Path

from django.conf import settings

GEM = Path(__file__).resolve().parents[2]
REPO = GEM.parent


def test_production_settings_pass_the_deployment_checklist_with_no_warning(tmp_path):
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "GEM_", "DEBUG", "SECRET", "ALLOWED"))
    }
    env.update(
        SECRET_KEY="".join(secrets.choice(alphabet) for _ in range(50)),
        ALLOWED_HOSTS="gem.example.org",
        GEM_VAR_DIR=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "-m", "gem", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues (0 silenced)." in output


def test_pages_carry_the_security_headers(client, db):
    response = client.get("/login/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_the_api_carries_the_security_headers_too(client, db):
    response = client.get("/api/v1/plans")
    assert response.status_code == 401
    assert "Content-Security-Policy" in response
    assert response["X-Content-Type-Options"] == "nosniff"


def test_production_cookies_are_secure_and_http_only():
    # The test settings turn HTTPS off; production (GEM_HTTPS unset) turns it on.
    code = (
        "import gem.settings as s; print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SECURE_HSTS_SECONDS, s.SECURE_SSL_REDIRECT)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEM_")}
    env["SECRET_KEY"] = "x" * 50
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert out.stdout.split() == ["True", "True", "31536000", "True"], out.stderr
    assert settings.SESSION_COOKIE_HTTPONLY and settings.CSRF_COOKIE_HTTPONLY


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I)
HANDLER = re.compile(r"""\s(on[a-z]+|hx-on[:\w-]*)\s*=\s*["']""", re.I)
JS_URL = re.compile(r"""(href|src|action)\s*=\s*["']\s*javascript:""", re.I)


def template_files():
    return sorted(p for p in GEM.glob("*/templates/**/*.html"))


def test_no_template_has_inline_script_or_event_handlers():
    problems = []
    for path in template_files():
        text = path.read_text(encoding="utf-8")
        for pattern in (INLINE_SCRIPT, HANDLER, JS_URL):
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{path.relative_to(GEM)}:{line}: {match.group(0).strip()}")
    assert not problems, "CSP allows no inline script:\n" + "\n".join(problems)


def test_every_post_form_in_the_templates_has_a_csrf_token():
    missing = []
    for path in template_files():
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"<form\b[^>]*method=[\"']post[\"'][^>]*>", text, re.I):
            end = text.find("</form>", match.end())
            if "{% csrf_token %}" not in text[match.end() : end if end != -1 else None]:
                line = text.count("\n", 0, match.start()) + 1
                missing.append(f"{path.relative_to(GEM)}:{line}")
    assert not missing, missing


def test_a_post_without_the_csrf_token_is_refused(make_user):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("csrf"))
    assert client.post("/account/tokens/new/", {"name": "x"}).status_code == 403
    assert client.post("/logout/").status_code == 403


def test_the_api_docs_page_loads_nothing_from_the_internet_and_runs_no_inline_script(client, db):
    html = client.get("/api/v1/docs").content.decode()
    assert "swagger-ui-bundle.js" in html
    assert "https://" not in html
    assert not INLINE_SCRIPT.findall(html.replace('<script type="application/json"', ""))
