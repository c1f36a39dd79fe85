"""Sign-in: lock-out per user and per address, the second factor, sign-out, session limits."""

import time

import pyotp
import pytest

from gem.accounts.models import Role, TotpDevice
from gem.accounts.twofactor import totp_begin, totp_confirm
from gem.core.models import AuditEvent

PASSWORD = "pw-{}-Long1!"


def post_login(client, username, password, ip="10.0.0.1", **extra):
    data = {"username": username, "password": password, **extra}
    return client.post("/login/", data, REMOTE_ADDR=ip)


def test_it_signs_in_records_the_event_and_keeps_the_field_ids(client, make_user):
    make_user("alice")
    page = client.get("/login/").content.decode()
    assert 'id="id_username"' in page and 'id="id_password"' in page
    response = post_login(client, "alice", PASSWORD.format("alice"))
    assert response.status_code == 302
    assert client.session["_auth_user_id"]
    assert AuditEvent.objects.filter(action="login.success", actor__username="alice").exists()


def test_it_locks_a_user_after_five_failures_even_with_the_right_password(client, make_user):
    make_user("bob")
    for i in range(5):
        response = post_login(client, "bob", "wrong", ip=f"10.0.1.{i}")
    assert response.status_code == 429
    response = post_login(client, "bob", PASSWORD.format("bob"), ip="10.0.2.1")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert "Đăng nhập sai quá nhiều lần" in response.content.decode()
    assert AuditEvent.objects.filter(action="login.failure").count() == 5
    assert AuditEvent.objects.filter(action="login.lockout").exists()
    assert AuditEvent.objects.filter(action="login.blocked").exists()


def test_the_lock_ends_when_the_window_has_passed(client, make_user, settings):
    settings.GEM_LOCKOUT_WINDOW = 1
    make_user("carol")
    for _ in range(5):
        post_login(client, "carol", "wrong")
    assert post_login(client, "carol", PASSWORD.format("carol")).status_code == 429
    time.sleep(1.1)
    assert post_login(client, "carol", PASSWORD.format("carol")).status_code == 302


def test_it_locks_an_address_that_tries_many_names(client, make_user, settings):
    settings.GEM_LOCKOUT_IP_FAILURES = 4
    make_user("dave")
    for i in range(4):
        post_login(client, f"nobody{i}", "wrong", ip="192.0.2.7")
    assert post_login(client, "dave", PASSWORD.format("dave"), ip="192.0.2.7").status_code == 429
    assert post_login(client, "dave", PASSWORD.format("dave"), ip="192.0.2.8").status_code == 302


def test_an_administrator_unlocks_a_user(client, make_user, admin_user):
    from gem.accounts.lockout import login_unlock

    make_user("erin")
    for _ in range(5):
        post_login(client, "erin", "wrong")
    login_unlock(username="erin", actor=admin_user)
    assert post_login(client, "erin", PASSWORD.format("erin")).status_code == 302
    assert AuditEvent.objects.filter(action="login.unlock").exists()


def test_it_refuses_an_outside_next_address(client, make_user):
    make_user("frank")
    response = post_login(client, "frank", PASSWORD.format("frank"), next="https://evil.example/")
    assert response.status_code == 302
    assert response.url == "/"


@pytest.fixture
def consolidator_with_2fa(make_user, province):
    user = make_user("cons2fa", Role.CONSOLIDATOR, province)
    device = totp_begin(user=user)
    previous = pyotp.TOTP(device.secret).at(time.time() - 30)
    totp_confirm(user=user, code=previous)
    return user, device.secret


def test_a_user_with_a_second_factor_must_give_the_code(client, consolidator_with_2fa):
    user, secret = consolidator_with_2fa
    response = post_login(client, user.username, PASSWORD.format(user.username))
    assert response.status_code == 302 and response.url.startswith("/login/code/")
    assert "_auth_user_id" not in client.session
    assert client.get("/plans/").status_code == 302  # still signed out
    response = client.post("/login/code/", {"code": "000000"})
    assert "_auth_user_id" not in client.session
    response = client.post("/login/code/", {"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    event = AuditEvent.objects.filter(action="login.success").latest("at")
    assert event.extra == {"method": "totp"}


def test_a_code_cannot_be_used_twice(client, consolidator_with_2fa):
    user, secret = consolidator_with_2fa
    code = pyotp.TOTP(secret).now()
    post_login(client, user.username, PASSWORD.format(user.username))
    client.post("/login/code/", {"code": code})
    client.post("/logout/")
    post_login(client, user.username, PASSWORD.format(user.username))
    client.post("/login/code/", {"code": code})
    assert "_auth_user_id" not in client.session


def test_the_code_page_without_a_password_step_sends_back_to_sign_in(client, db):
    assert client.get("/login/code/").url == "/login/"


def test_a_reporter_is_not_offered_the_second_factor(client, make_user, province):
    user = make_user("rep", Role.REPORTER, province)
    client.force_login(user)
    assert client.post("/account/two-factor/", {"action": "begin"}).status_code == 403
    assert not TotpDevice.objects.filter(user=user).exists()


def test_a_consolidator_turns_the_second_factor_on_and_off(client, make_user, province):
    user = make_user("cons", Role.CONSOLIDATOR, province)
    client.force_login(user)
    client.post("/account/two-factor/", {"action": "begin"})
    page = client.get("/account/two-factor/").content.decode()
    secret = TotpDevice.objects.get(user=user).secret
    assert secret in page and "otpauth://totp/GEM:cons" in page
    client.post("/account/two-factor/", {"action": "confirm", "code": pyotp.TOTP(secret).now()})
    assert TotpDevice.objects.get(user=user).is_confirmed
    assert AuditEvent.objects.filter(action="2fa.enable", object_id=str(user.pk)).exists()
    client.post("/account/two-factor/", {"action": "disable", "code": "123"})
    assert TotpDevice.objects.filter(user=user).exists()


def test_sign_out_is_a_post_and_is_recorded(client, make_user):
    user = make_user("gina")
    client.force_login(user)
    assert client.get("/logout/").status_code == 405
    assert client.post("/logout/").status_code == 302
    assert "_auth_user_id" not in client.session
    assert AuditEvent.objects.filter(action="logout", actor=user).exists()


def test_a_session_ends_after_the_absolute_limit(client, make_user, settings):
    settings.GEM_SESSION_MAX_AGE = 60
    make_user("hana")
    post_login(client, "hana", PASSWORD.format("hana"))
    assert client.get("/plans/").status_code == 200
    session = client.session
    session["gem_signed_in_at"] = int(time.time()) - 61
    session.save()
    assert client.get("/plans/").status_code == 302


def test_an_idle_session_expires_on_the_server(client, make_user):
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    make_user("ivan")
    post_login(client, "ivan", PASSWORD.format("ivan"))
    Session.objects.update(expire_date=timezone.now())
    assert client.get("/plans/").status_code == 302


def test_the_admin_login_page_sends_to_our_sign_in(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 302
    assert response.url.startswith("/login/?next=")
