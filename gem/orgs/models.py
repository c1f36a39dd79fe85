from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gem.core.models import TimeStampedModel


class OrgUnit(TimeStampedModel):
    """An administrative unit in an effective-dated tree: nation > province > (district) > commune.

    Units merged or abolished (e.g. on 1 July 2025) keep their rows with `valid_to` set and a
    `successor`, so figures reported before the reform still roll up into today's unit.
    `path` is the chain of codes from the nation ("VN/38/16000/") for subtree queries.
    """

    class Level(models.TextChoices):
        NATION = "nation", _("Nation")
        PROVINCE = "province", _("Province")
        DISTRICT = "district", _("District")
        COMMUNE = "commune", _("Commune")

    code = models.CharField(_("code"), max_length=16, db_index=True)
    name = models.CharField(_("name"), max_length=200)
    level = models.CharField(_("level"), max_length=16, choices=Level.choices)
    kind = models.CharField(_("kind"), max_length=32, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    path = models.CharField(_("path"), max_length=255, db_index=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        verbose_name=_("successor"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="predecessors",
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("org unit")
        verbose_name_plural = _("org units")
        ordering = ["path"]
        constraints = [
            models.UniqueConstraint(
                fields=["code"], condition=Q(valid_to__isnull=True), name="orgunit_code_current"
            ),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_to__gt=models.F("valid_from")),
                name="orgunit_valid_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_current(self) -> bool:
        return self.valid_to is None


class Agency(TimeStampedModel):
    """A body that reports: a provincial department, a commune office, a mass organisation."""

    class Kind(models.TextChoices):
        DEPARTMENT = "department", _("Department")
        COMMITTEE = "committee", _("People's Committee")
        OFFICE = "office", _("Commune office")
        MASS_ORG = "mass_org", _("Mass organisation")
        MINISTRY = "ministry", _("Ministry")
        OTHER = "other", _("Other")

    org_unit = models.ForeignKey(
        OrgUnit, verbose_name=_("org unit"), on_delete=models.PROTECT, related_name="agencies"
    )
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=32, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.OTHER)
    is_consolidator = models.BooleanField(
        _("consolidator"),
        default=False,
        help_text=_("Collects and sums up the reports of this org unit (Sở Nội vụ)."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["org_unit__path", "name"]
        constraints = [
            models.UniqueConstraint(fields=["org_unit", "name"], name="agency_unique_name"),
        ]

    def __str__(self) -> str:
        return self.name


class AgencyAlias(models.Model):
    """Another name an agency goes by, old or short, so older documents still match."""

    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.CASCADE, related_name="aliases"
    )
    name = models.CharField(_("name"), max_length=200)
    key = models.CharField(_("match key"), max_length=200, db_index=True, editable=False)

    class Meta:
        verbose_name = _("agency alias")
        verbose_name_plural = _("agency aliases")
        constraints = [
            models.UniqueConstraint(fields=["agency", "key"], name="agencyalias_unique"),
        ]

    def __str__(self) -> str:
        return self.name
