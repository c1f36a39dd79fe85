"""A plan read from an uploaded document, waiting for a person to check, correct and confirm it."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gem.core.models import TimeStampedModel


class PlanDraft(TimeStampedModel):
    """The extractor's reading of one uploaded plan document, editable until confirmed.

    `plan_data` is the current gem.plan/1 document (figures as JSON numbers, as in the format);
    `evidence` maps a JSON path of `plan_data` to the (start, end) offsets of its sentence in
    `source_text`; `warnings` lists [path, message] pairs a person has not reviewed yet.
    The uploaded file lives under MEDIA_ROOT and is served only through an access-checked view.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        CONFIRMED = "confirmed", _("Confirmed")
        DISCARDED = "discarded", _("Discarded")

    org_unit = models.ForeignKey(
        "orgs.OrgUnit",
        verbose_name=_("org unit"),
        on_delete=models.PROTECT,
        related_name="plan_drafts",
    )
    parent = models.ForeignKey(
        "plans.Plan",
        verbose_name=_("parent plan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    file = models.FileField(_("file"), upload_to="uploads/plans/%Y/%m/", max_length=255)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size"))
    plan_data = models.JSONField(_("extracted plan"), default=dict)
    source_text = models.TextField(_("source text"), blank=True)
    evidence = models.JSONField(_("evidence"), default=dict, blank=True)
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT
    )
    version = models.PositiveIntegerField(_("version"), default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_plan = models.ForeignKey(
        "plans.Plan",
        verbose_name=_("confirmed plan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("plan draft")
        verbose_name_plural = _("plan drafts")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "confirmed", "discarded"]),
                name="ingest_plandraft_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status="confirmed") | Q(confirmed_plan__isnull=False),
                name="ingest_plandraft_confirmed_has_plan",
            ),
        ]

    def __str__(self) -> str:
        return str(self.plan_data.get("title") or self.original_name)[:255]

    @property
    def title(self) -> str:
        return str(self.plan_data.get("title") or "")

    @property
    def is_editable(self) -> bool:
        return self.status == self.Status.DRAFT
