import hashlib
import secrets

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gem.accounts.models import ApiToken, RoleGrant, User
from gem.core import audit
from gem.core.errors import NotFound, PermissionDenied, ValidationError

TOKEN_PREFIX = "gem_"  # noqa: S105 - a prefix, not a secret


def token_digest(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@transaction.atomic
def token_create(*, user: User, name: str = "", actor=None) -> tuple[ApiToken, str]:
    """Issue a new API token. The raw token is returned once and never stored."""
    if actor is not None and actor != user and not actor.is_superuser:
        raise PermissionDenied(_("You may only create tokens for yourself."))
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name[:100], prefix=raw[:12], digest=token_digest(raw)
    )
    audit.record(actor=actor or user, action="token.create", obj=token, after={"name": name})
    return token, raw


def token_authenticate(raw: str, *, ip: str | None = None) -> User | None:
    """The active user a raw bearer token belongs to, or None. Marks the token used.

    The first use of a token each day (Vietnam time) is recorded in the audit log.
    """
    if not raw or not raw.startswith(TOKEN_PREFIX) or len(raw) > 100:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(digest=token_digest(raw), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    last = token.last_used_at
    if last is None or (now - last).total_seconds() > 60:
        updated = ApiToken.objects.filter(pk=token.pk, last_used_at=last).update(last_used_at=now)
        first_today = last is None or timezone.localdate(last) != timezone.localdate(now)
        if updated and first_today:  # one event a day, even with concurrent requests
            audit.record(actor=token.user, action="token.use", obj=token, ip=ip)
    return token.user


@transaction.atomic
def token_revoke(*, token: ApiToken, actor: User) -> ApiToken:
    if token.user_id != actor.pk and not actor.is_superuser:
        raise NotFound(_("Token not found."))
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at", "updated_at"])
    audit.record(actor=actor, action="token.revoke", obj=token)
    return token


@transaction.atomic
def password_change(
    *, user: User, new_password: str, actor: User, ip: str | None = None, reason: str = "change"
) -> User:
    """Set a new password (checked against the password rules). reason: change | reset | admin."""
    if actor is not None and actor.pk != user.pk and not actor.is_superuser:
        raise PermissionDenied(_("You may not change another user's password."))
    try:
        password_validation.validate_password(new_password, user)
    except DjangoValidationError as exc:
        raise ValidationError(" ".join(exc.messages), field="new_password1") from None
    user.set_password(new_password)
    user.save(update_fields=["password"])
    audit.record(actor=actor, action=f"password.{reason}", obj=user, ip=ip)
    return user


@transaction.atomic
def user_ensure(
    *, username: str, password: str, full_name: str = "", email: str = "", is_superuser=False
) -> User:
    user = User.objects.filter(username=username).first()
    if user:
        return user
    user = User(
        username=username,
        full_name=full_name,
        email=email,
        is_superuser=is_superuser,
        is_staff=is_superuser,
    )
    user.set_password(password)
    user.full_clean()
    user.save()
    audit.record(actor=None, action="user.create", obj=user, after={"username": username})
    return user


@transaction.atomic
def grant_ensure(*, user: User, role: str, org_unit=None, agency=None, actor=None) -> RoleGrant:
    grant, created = RoleGrant.objects.get_or_create(
        user=user, role=role, org_unit=org_unit, agency=agency
    )
    if created:
        audit.record(
            actor=actor,
            action="grant.create",
            obj=grant,
            after={"role": role, "org_unit": getattr(org_unit, "code", None)},
        )
    return grant
