"""Lock-out after repeated failed sign-ins, per user name and per address.

A user name is locked while it has GEM_LOCKOUT_USER_FAILURES failures in the last
GEM_LOCKOUT_WINDOW seconds (counted since its last success or unlock); an address while it has
GEM_LOCKOUT_IP_FAILURES failures in the window, whatever the names tried. A lock ends by itself
when the window has passed, or when an administrator unlocks the name (`login_unlock`).
Every failure, lock-out and unlock is in the audit log.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from gem.accounts.models import LoginAttempt, User
from gem.accounts.selectors import is_site_admin
from gem.core import audit
from gem.core.errors import PermissionDenied

RESET_REQUESTS_PER_HOUR = 5


@dataclass(frozen=True)
class Lock:
    scope: str  # "user" or "ip"
    until: object  # datetime

    def message(self) -> str:
        minutes = max(1, int((self.until - timezone.now()).total_seconds() // 60) + 1)
        return _(
            "Too many failed sign-ins. Try again in %(minutes)d minutes, "
            "or ask an administrator to unlock your account."
        ) % {"minutes": minutes}


def normalise(username: str) -> str:
    return (username or "").strip().lower()[:150]


def _window_start():
    return timezone.now() - timedelta(seconds=settings.GEM_LOCKOUT_WINDOW)


def _user_failures(username: str):
    since = _window_start()
    cleared = LoginAttempt.objects.filter(
        username=username,
        outcome__in=[LoginAttempt.Outcome.SUCCESS, LoginAttempt.Outcome.UNLOCK],
        at__gte=since,
    ).aggregate(last=Max("at"))["last"]
    return LoginAttempt.objects.filter(
        username=username, outcome=LoginAttempt.Outcome.FAILURE, at__gte=cleared or since
    )


def _ip_failures(ip: str):
    return LoginAttempt.objects.filter(
        ip=ip, outcome=LoginAttempt.Outcome.FAILURE, at__gte=_window_start()
    )


def _lock_from(failures, limit: int, scope: str) -> Lock | None:
    times = list(failures.order_by("-at").values_list("at", flat=True)[:limit])
    if len(times) < limit:
        return None
    return Lock(scope=scope, until=times[-1] + timedelta(seconds=settings.GEM_LOCKOUT_WINDOW))


def login_lock(*, username: str, ip: str | None) -> Lock | None:
    """The lock that keeps this name or address from signing in now, if any."""
    lock = _lock_from(
        _user_failures(normalise(username)), settings.GEM_LOCKOUT_USER_FAILURES, "user"
    )
    if lock is None and ip:
        lock = _lock_from(_ip_failures(ip), settings.GEM_LOCKOUT_IP_FAILURES, "ip")
    return lock


@transaction.atomic
def login_failed(*, username: str, ip: str | None, reason: str = "password") -> Lock | None:
    """Count a failed sign-in; record it; return the lock it caused (if it caused one)."""
    name = normalise(username)
    LoginAttempt.objects.create(username=name, ip=ip, outcome=LoginAttempt.Outcome.FAILURE)
    user = User.objects.filter(username__iexact=name).first()
    audit.record(
        actor=None,
        action="login.failure",
        obj=user,
        ip=ip,
        extra={"username": name, "reason": reason},
    )
    lock = login_lock(username=name, ip=ip)
    if lock is not None:
        audit.record(
            actor=None,
            action="login.lockout",
            obj=user,
            ip=ip,
            extra={"username": name, "scope": lock.scope, "until": lock.until.isoformat()},
        )
    return lock


@transaction.atomic
def login_blocked(*, username: str, ip: str | None, lock: Lock) -> None:
    """Record an attempt refused because of a lock (the password was not even checked)."""
    audit.record(
        actor=None,
        action="login.blocked",
        ip=ip,
        extra={"username": normalise(username), "scope": lock.scope},
    )


@transaction.atomic
def login_succeeded(*, user: User, ip: str | None, method: str = "password") -> None:
    LoginAttempt.objects.create(
        username=normalise(user.username), ip=ip, outcome=LoginAttempt.Outcome.SUCCESS
    )
    audit.record(actor=user, action="login.success", obj=user, ip=ip, extra={"method": method})


@transaction.atomic
def login_unlock(*, username: str, actor: User, ip: str | None = None) -> None:
    if not is_site_admin(actor):
        raise PermissionDenied(_("Only an administrator may unlock an account."))
    name = normalise(username)
    LoginAttempt.objects.create(username=name, ip=None, outcome=LoginAttempt.Outcome.UNLOCK)
    user = User.objects.filter(username__iexact=name).first()
    audit.record(actor=actor, action="login.unlock", obj=user, ip=ip, extra={"username": name})


@transaction.atomic
def reset_request_allowed(*, ip: str | None) -> bool:
    """At most RESET_REQUESTS_PER_HOUR password-reset e-mails asked from one address an hour."""
    if ip is None:
        return True
    since = timezone.now() - timedelta(hours=1)
    recent = LoginAttempt.objects.filter(
        ip=ip, outcome=LoginAttempt.Outcome.RESET_REQUEST, at__gte=since
    ).count()
    if recent >= RESET_REQUESTS_PER_HOUR:
        return False
    LoginAttempt.objects.create(username="", ip=ip, outcome=LoginAttempt.Outcome.RESET_REQUEST)
    return True


def attempts_prune(*, older_than_days: int = 90) -> int:
    """Delete attempts older than the window many times over (they no longer lock anything)."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    deleted, _by_model = LoginAttempt.objects.filter(at__lt=cutoff).delete()
    return deleted
