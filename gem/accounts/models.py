from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from gem.core.models import TimeStampedModel


class User(AbstractUser):
    """A person who signs in. What they may see and do comes from their role grants."""

    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.full_name or self.username


class Role(models.TextChoices):
    ADMIN = "admin", _("System administrator")
    CONSOLIDATOR = "consolidator", _("Consolidator")
    REPORTER = "reporter", _("Reporter")
    LEADER = "leader", _("Leader")
    MINISTRY = "ministry", _("Ministry")


class RoleGrant(TimeStampedModel):
    """A role a user holds over an org unit (and, for reporters, one agency of it)."""

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="grants"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    org_unit = models.ForeignKey(
        "orgs.OrgUnit",
        verbose_name=_("org unit"),
        on_delete=models.PROTECT,
        related_name="grants",
        null=True,
        blank=True,
    )
    agency = models.ForeignKey(
        "orgs.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="grants",
        null=True,
        blank=True,
    )

    class Meta:
        verbose_name = _("role grant")
        verbose_name_plural = _("role grants")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "org_unit", "agency"], name="rolegrant_unique"
            ),
        ]

    def __str__(self) -> str:
        where = self.agency or self.org_unit or ""
        return f"{self.user}: {self.get_role_display()} {where}".strip()


class ApiToken(TimeStampedModel):
    """A bearer token for the JSON API. Only its SHA-256 digest is stored."""

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=100, blank=True)
    prefix = models.CharField(_("prefix"), max_length=12, db_index=True)
    digest = models.CharField(_("digest"), max_length=64, unique=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.user} {self.prefix}…"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class LoginAttempt(models.Model):
    """One sign-in attempt, kept to lock out password guessing per user and per address."""

    class Outcome(models.TextChoices):
        FAILURE = "failure", _("Failure")
        SUCCESS = "success", _("Success")
        UNLOCK = "unlock", _("Unlocked by an administrator")
        RESET_REQUEST = "reset", _("Password reset requested")

    at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    username = models.CharField(_("username"), max_length=150, db_index=True)
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True, db_index=True)
    outcome = models.CharField(_("outcome"), max_length=8, choices=Outcome.choices)

    class Meta:
        verbose_name = _("sign-in attempt")
        verbose_name_plural = _("sign-in attempts")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["username", "at"]), models.Index(fields=["ip", "at"])]

    def __str__(self) -> str:
        return f"{self.username} {self.get_outcome_display()}"


class TotpDevice(TimeStampedModel):
    """A time-based one-time password (RFC 6238) authenticator app, the second factor."""

    user = models.OneToOneField(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="totp"
    )
    secret = models.CharField(_("secret"), max_length=64)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    last_step = models.BigIntegerField(_("last time step used"), default=0)

    class Meta:
        verbose_name = _("two-factor device")
        verbose_name_plural = _("two-factor devices")

    def __str__(self) -> str:
        return str(self.user)

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None
