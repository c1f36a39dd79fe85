import hashlib
import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gem.accounts.models import ApiToken, RoleGrant, User
from gem.core import audit
from gem.core.errors import NotFound, PermissionDenied

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


def token_authenticate(raw: str) -> User | None:
    """The active user a raw bearer token belongs to, or None. Marks the token used."""
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
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
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
