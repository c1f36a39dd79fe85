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
