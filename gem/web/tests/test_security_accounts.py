"""Password change and reset, API tokens, the audit log page."""

import re

import pytest
from django.core import mail

from gem.accounts.models import ApiToken, Role
from gem.core.models import AuditEvent

NEW = "mặt trời mọc ở Thanh Hóa"


def test_it_changes_the_password_with_the_rules_and_records_it(client, make_user):
    user = make_user("lan")
    client.force_login(user)
    weak = {
        "old_password": "pw-lan-Long1!",
        "new_password1": "12345678",
        "new_password2": "12345678",
    }
    response = client.post("/account/password/", weak)
    assert response.status_code == 200
    assert "Mật khẩu này quá phổ biến" in response.content.decode()
    good = {"old_password": "pw-lan-Long1!", "new_password1": NEW, "new_password2": NEW}
    assert client.post("/account/password/", good).status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW)
    assert client.get("/account/").status_code == 200  # still signed in
    assert AuditEvent.objects.filter(action="password.change", actor=user).exists()


@pytest.mark.parametrize(
    "password", ["aaaaaaaaaaaaaaa", "binhdanggioi12", "abababababababab", "x" * 129 + "yzabc"]
)
def test_the_password_rules_refuse_weak_passwords(password, make_user):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password(password, make_user("weak"))


def test_it_resets_a_forgotten_password_by_e_mail(client, make_user):
    user = make_user("mai")
    user.email = "mai@example.org"
    user.save()
    response = client.post("/password-reset/", {"email": "mai@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "đặt mật khẩu mới" in mail.outbox[0].subject.lower() or "mật khẩu" in body
    link = re.search(r"https?://[^/]+(/password-reset/[^\s]+/)", body).group(1)
    response = client.get(link, follow=True)
    form_url = response.redirect_chain[-1][0]
    response = client.post(form_url, {"new_password1": NEW, "new_password2": NEW})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW)
    assert AuditEvent.objects.filter(action="password.reset", object_id=str(user.pk)).exists()
    assert client.get(link, follow=True).context["validlink"] is False  # used once only


def test_reset_requests_are_limited_per_address_and_reveal_nothing(client, make_user):
    user = make_user("nga")
    user.email = "nga@example.org"
    user.save()
    answers = {client.post("/password-reset/", {"email": "nga@example.org"}).url for _ in range(7)}
    answers.add(client.post("/password-reset/", {"email": "nobody@example.org"}).url)
    assert answers == {"/password-reset/sent/"}
    assert len(mail.outbox) == 5


def test_a_user_creates_sees_once_lists_and_revokes_a_token(client, make_user, api_client):
    user = make_user("oanh")
    client.force_login(user)
    response = client.post("/account/tokens/new/", {"name": "Excel sync"})
    raw = response.context["raw_token"]
    assert raw in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    listing = client.get("/account/tokens/").content.decode()
    assert "Excel sync" in listing and raw not in listing
    token = ApiToken.objects.get(user=user, name="Excel sync")
    headers = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    assert client.get("/api/v1/orgunits", **headers).status_code == 200
    client.post(f"/account/tokens/{token.pk}/revoke/")
    client.logout()
    assert client.get("/api/v1/orgunits", **headers).status_code == 401
    actions = set(
        AuditEvent.objects.filter(object_id=str(token.pk)).values_list("action", flat=True)
    )
    assert {"token.create", "token.use", "token.revoke"} <= actions


def test_a_user_cannot_revoke_another_users_token(client, make_user):
    from gem.accounts.services import token_create

    other, _raw = token_create(user=make_user("owner"))
    client.force_login(make_user("thief"))
    assert client.post(f"/account/tokens/{other.pk}/revoke/").status_code == 404
    other.refresh_from_db()
    assert other.is_active


def test_token_use_is_recorded_once_a_day(make_user, api_client):
    client = api_client(make_user("pho"))
    for _ in range(3):
        client.get("/api/v1/orgunits")
    assert AuditEvent.objects.filter(action="token.use").count() == 1


def test_only_administrators_read_the_audit_log(client, make_user, admin_user, province):
    client.force_login(make_user("cons", Role.CONSOLIDATOR, province))
    assert client.get("/audit/").status_code == 403
    client.force_login(admin_user)
    assert client.get("/audit/").status_code == 200


def test_the_audit_log_filters_and_pages(client, make_user, admin_user):
    from gem.core import audit

    quynh = make_user("quynh")
    for i in range(60):
        audit.record(actor=quynh, action="token.use", extra={"n": i})
    audit.record(actor=admin_user, action="login.success")
    client.force_login(admin_user)
    page = client.get("/audit/", {"action": "token.use", "user": "quynh"}).context["page"]
    assert page.paginator.count == 60 and len(page.object_list) == 50
    page = client.get("/audit/", {"action": "login.", "page": 1}).context["page"]
    assert {e.action for e in page.object_list} == {"login.success"}
    response = client.get("/audit/", {"since": "2000-01-01", "until": "2000-01-02"})
    assert response.context["page"].paginator.count == 0
    assert client.get("/audit/", {"since": "not a date"}).status_code == 200


def test_anonymous_visitors_are_sent_to_sign_in(client, db):
    for url in ["/account/", "/account/tokens/", "/account/two-factor/", "/audit/"]:
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/login/"), url
