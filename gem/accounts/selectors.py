"""Reads for accounts: who is an administrator, a user's tokens, the audit log (admins only)."""

from datetime import date, datetime, time, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from gem.accounts.models import ApiToken, Role, RoleGrant, User
from gem.core.errors import NotFound, PermissionDenied
from gem.core.models import AuditEvent


def is_site_admin(user) -> bool:
    """A superuser or a holder of the administrator role (the same rule as orgs.access)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return RoleGrant.objects.filter(user=user, role=Role.ADMIN).exists()


def user_roles(user) -> set[str]:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(RoleGrant.objects.filter(user=user).values_list("role", flat=True))


def token_list_for_user(*, user) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user).order_by("revoked_at", "-created_at")


def token_get_for_user(*, pk: int, user) -> ApiToken:
    token = ApiToken.objects.filter(pk=pk, user=user).first()
    if token is None:
        raise NotFound(_("Token not found."))
    return token


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def audit_list_for_user(
    *,
    user,
    action: str = "",
    username: str = "",
    since: date | None = None,
    until: date | None = None,
) -> QuerySet[AuditEvent]:
    """The audit log, newest first, filtered; only administrators may read it."""
    if not is_site_admin(user):
        raise PermissionDenied(_("Only administrators may read the audit log."))
    qs = AuditEvent.objects.select_related("actor")
    if action:
        exact = not action.endswith(".")
        qs = qs.filter(action=action) if exact else qs.filter(action__startswith=action)
    if username:
        name = username.strip().lower()
        cond = Q(extra__username=name)
        named = User.objects.filter(username__iexact=name).first()
        if named:
            cond |= Q(actor=named) | Q(object_type="accounts.user", object_id=str(named.pk))
        qs = qs.filter(cond)
    if since:
        qs = qs.filter(at__gte=_day_start(since))
    if until:
        qs = qs.filter(at__lt=_day_start(until) + timedelta(days=1))
    return qs.order_by("-at", "-id")


def audit_actions() -> list[str]:
    return list(AuditEvent.objects.order_by("action").values_list("action", flat=True).distinct())
