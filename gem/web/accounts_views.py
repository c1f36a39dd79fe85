"""Sign-in (with lock-out and the optional second factor), sign-out, password, API tokens,
two-factor set-up and the audit log. Thin views over gem.accounts services and selectors."""

import time

from django import forms
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from gem.accounts import lockout, twofactor
from gem.accounts.middleware import SIGNED_IN_AT
from gem.accounts.models import User
from gem.accounts.selectors import (
    audit_actions,
    audit_list_for_user,
    token_get_for_user,
    token_list_for_user,
)
from gem.accounts.services import password_change, token_create, token_revoke
from gem.core import audit
from gem.core.net import client_ip
from gem.web.http import gem_errors

PENDING = "gem_2fa_pending"
PENDING_SECONDS = 300


def _next_url(request, default: str = "web:home") -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse(default)


def _finish_login(request, user: User, *, backend: str, method: str):
    auth_login(request, user, backend=backend)
    request.session[SIGNED_IN_AT] = int(time.time())
    lockout.login_succeeded(user=user, ip=client_ip(request), method=method)
    return HttpResponseRedirect(_next_url(request))


@sensitive_post_parameters("password")
@never_cache
@require_http_methods(["GET", "POST"])
def login_view(request):
    if request.user.is_authenticated and request.method == "GET":
        return HttpResponseRedirect(_next_url(request))
    form = AuthenticationForm(request, data=request.POST if request.method == "POST" else None)
    lock_message, status = "", 200
    if request.method == "POST":
        ip, username = client_ip(request), request.POST.get("username", "")
        lock = lockout.login_lock(username=username, ip=ip)
        if lock is None and form.is_valid():
            user = form.get_user()
            if twofactor.totp_enabled(user):
                request.session[PENDING] = {
                    "user": user.pk,
                    "backend": user.backend,
                    "at": int(time.time()),
                }
                query = urlencode({"next": _next_url(request)})
                return redirect(f"{reverse('web:login_code')}?{query}")
            return _finish_login(request, user, backend=user.backend, method="password")
        if lock is None:
            lock = lockout.login_failed(username=username, ip=ip)
        else:
            lockout.login_blocked(username=username, ip=ip, lock=lock)
        if lock is not None:
            lock_message, status = lock.message(), 429
    context = {"form": form, "next": _next_url(request), "lock_message": lock_message}
    return render(request, "registration/login.html", context, status=status)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code from your authenticator app"), max_length=12, strip=True
    )


@sensitive_post_parameters("code")
@never_cache
@require_http_methods(["GET", "POST"])
def login_code(request):
    pending = request.session.get(PENDING)
    if not pending or time.time() - pending["at"] > PENDING_SECONDS:
        request.session.pop(PENDING, None)
        messages.error(request, _("Sign in again."))
        return redirect("web:login")
    user = User.objects.filter(pk=pending["user"], is_active=True).first()
    if user is None:
        request.session.pop(PENDING, None)
        return redirect("web:login")
    form = CodeForm(request.POST or None)
    lock_message, status = "", 200
    if request.method == "POST" and form.is_valid():
        ip = client_ip(request)
        lock = lockout.login_lock(username=user.username, ip=ip)
        if lock is None and twofactor.totp_verify(user=user, code=form.cleaned_data["code"]):
            request.session.pop(PENDING, None)
            return _finish_login(request, user, backend=pending["backend"], method="totp")
        if lock is None:
            lock = lockout.login_failed(username=user.username, ip=ip, reason="totp")
            form.add_error("code", _("The code is not right."))
        if lock is not None:
            request.session.pop(PENDING, None)
            lock_message, status = lock.message(), 429
    context = {"form": form, "next": _next_url(request), "lock_message": lock_message}
    return render(request, "registration/login_code.html", context, status=status)


@require_POST
def logout_view(request):
    if request.user.is_authenticated:
        audit.record(actor=request.user, action="logout", obj=request.user, ip=client_ip(request))
    auth_logout(request)
    return redirect("web:login")


@require_GET
@login_required
def account(request):
    context = {
        "totp_allowed": twofactor.totp_allowed(request.user),
        "totp_enabled": twofactor.totp_enabled(request.user),
        "tokens": token_list_for_user(user=request.user).filter(revoked_at__isnull=True).count(),
    }
    return render(request, "web/accounts/account.html", context)


@sensitive_post_parameters("old_password", "new_password1", "new_password2")
@require_http_methods(["GET", "POST"])
@login_required
@gem_errors
def password_change_view(request):
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = password_change(
            user=request.user,
            new_password=form.cleaned_data["new_password1"],
            actor=request.user,
            ip=client_ip(request),
        )
        update_session_auth_hash(request, user)
        messages.success(request, _("Your password has been changed."))
        return redirect("web:account")
    return render(request, "web/accounts/password_change.html", {"form": form})


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "registration/password_reset_form.html"
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("web:password_reset_done")

    def form_valid(self, form):
        ip = client_ip(self.request)
        audit.record(actor=None, action="password.reset_request", ip=ip)
        if not lockout.reset_request_allowed(ip=ip):
            # Same answer as a sent e-mail: nothing tells whether the address is known.
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_reset_confirm.html"
    success_url = reverse_lazy("web:password_reset_complete")

    def form_valid(self, form):
        password_change(
            user=form.user,
            new_password=form.cleaned_data["new_password1"],
            actor=form.user,
            ip=client_ip(self.request),
            reason="reset",
        )
        self.request.session.pop(auth_views.INTERNAL_RESET_SESSION_TOKEN, None)
        return HttpResponseRedirect(self.get_success_url())


password_reset = PasswordResetView.as_view()
password_reset_done = auth_views.PasswordResetDoneView.as_view(
    template_name="registration/password_reset_done.html"
)
password_reset_confirm = PasswordResetConfirmView.as_view()
password_reset_complete = auth_views.PasswordResetCompleteView.as_view(
    template_name="registration/password_reset_complete.html"
)


# --- API tokens ---------------------------------------------------------------------------


class TokenForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("What the token is for"), max_length=100)


@require_GET
@login_required
def token_list(request):
    tokens = token_list_for_user(user=request.user)
    return render(request, "web/accounts/tokens.html", {"tokens": tokens, "form": TokenForm()})


@never_cache
@require_POST
@login_required
@gem_errors
def token_new(request):
    form = TokenForm(request.POST)
    if not form.is_valid():
        tokens = token_list_for_user(user=request.user)
        return render(request, "web/accounts/tokens.html", {"tokens": tokens, "form": form})
    token, raw = token_create(user=request.user, name=form.cleaned_data["name"], actor=request.user)
    context = {"tokens": token_list_for_user(user=request.user), "form": TokenForm()}
    context.update(new_token=token, raw_token=raw)
    return render(request, "web/accounts/tokens.html", context)


@require_POST
@login_required
@gem_errors
def token_revoke_view(request, pk: int):
    token = token_get_for_user(pk=pk, user=request.user)
    token_revoke(token=token, actor=request.user)
    messages.success(request, _("The token has been revoked."))
    return redirect("web:token_list")


# --- Two-factor sign-in ---------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
@login_required
@gem_errors
def two_factor(request):
    """GET: the state; POST action=begin: a new secret; action=confirm/disable with a code."""
    user, ip = request.user, client_ip(request)
    form = CodeForm(request.POST or None)
    action = request.POST.get("action", "")
    if action == "begin":
        twofactor.totp_begin(user=user)
        return redirect("web:two_factor")
    if action in {"confirm", "disable"} and form.is_valid():
        code = form.cleaned_data["code"]
        if action == "confirm":
            twofactor.totp_confirm(user=user, code=code, ip=ip)
            messages.success(request, _("Two-factor sign-in is on."))
        else:
            twofactor.totp_disable(user=user, actor=user, code=code, ip=ip)
            messages.success(request, _("Two-factor sign-in is off."))
        return redirect("web:two_factor")
    device = twofactor.totp_pending(user)
    context = {
        "form": form,
        "device": device,
        "uri": twofactor.totp_uri(device) if device else "",
        "allowed": twofactor.totp_allowed(user),
        "enabled": twofactor.totp_enabled(user),
    }
    return render(request, "web/accounts/two_factor.html", context)


# --- The audit log (administrators) ---------------------------------------------------------


class AuditFilter(forms.Form):
    action = forms.CharField(label=gettext_lazy("Action"), required=False, max_length=64)
    user = forms.CharField(label=gettext_lazy("User"), required=False, max_length=150)
    since = forms.DateField(
        label=gettext_lazy("From"), required=False, input_formats=["%Y-%m-%d", "%d/%m/%Y"]
    )
    until = forms.DateField(
        label=gettext_lazy("To"), required=False, input_formats=["%Y-%m-%d", "%d/%m/%Y"]
    )


@require_GET
@login_required
@gem_errors
def audit_log(request):
    form = AuditFilter(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    events = audit_list_for_user(
        user=request.user,
        action=filters.get("action") or "",
        username=filters.get("user") or "",
        since=filters.get("since"),
        until=filters.get("until"),
    )
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "actions": audit_actions(), "query": query.urlencode()}
    return render(request, "web/accounts/audit_log.html", context)
