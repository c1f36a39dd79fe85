"""Reporting: periods, one form (submission) per agency and period, the figures in it."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gem.core.models import TimeStampedModel


class ReportingPeriod(TimeStampedModel):
    """A period figures are reported for, generated from a plan's reporting duties.

    Codes: "2026S1" (6-month), "2026" (annual), "2028M" (mid-term), "2030F" (final).
    `starts_on`/`ends_on` is the data cut-off window (Decree 09/2019: 15/12 of the previous year
    to 14/6 for 6-month reports, 15/12 to 14/12 for annual ones).
    """

    class Kind(models.TextChoices):
        SEMIANNUAL = "semiannual", _("6-month report")
        ANNUAL = "annual", _("Annual report")
        MIDTERM = "midterm", _("Mid-term review")
        FINAL = "final", _("Final review")
        ADHOC = "adhoc", _("Ad-hoc report")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    plan = models.ForeignKey(
        "plans.Plan", verbose_name=_("plan"), on_delete=models.CASCADE, related_name="periods"
    )
    code = models.CharField(_("code"), max_length=16)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    starts_on = models.DateField(_("data from"))
    ends_on = models.DateField(_("data to"))
    units_due_on = models.DateField(_("units report by"), null=True, blank=True)
    consolidator_due_on = models.DateField(_("consolidator reports by"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.OPEN
    )

    class Meta:
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        ordering = ["plan", "ends_on", "code"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="period_unique_code"),
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="period_dates_order"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.code}"


class Submission(TimeStampedModel):
    """One agency's form for one period: draft -> submitted -> returned | approved."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        RETURNED = "returned", _("Returned")
        APPROVED = "approved", _("Approved")

    period = models.ForeignKey(
        ReportingPeriod,
        verbose_name=_("period"),
        on_delete=models.CASCADE,
        related_name="submissions",
    )
    org_unit = models.ForeignKey(
        "orgs.OrgUnit", verbose_name=_("org unit"), on_delete=models.PROTECT, related_name="+"
    )
    agency = models.ForeignKey(
        "orgs.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="submissions",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    version = models.PositiveIntegerField(
        _("version"), default=1, help_text=_("Raised on every change; guards against overwrites.")
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    return_reason = models.TextField(_("reason for return"), blank=True)

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["period", "org_unit__path", "agency__name"]
        constraints = [
            models.UniqueConstraint(fields=["period", "agency"], name="submission_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.agency} – {self.period.code}"

    @property
    def is_locked(self) -> bool:
        return self.status in {self.Status.SUBMITTED, self.Status.APPROVED}


class DataValue(TimeStampedModel):
    """One figure: (submission = period × agency) × indicator part × sex.

    The API's key (plan, orgUnit, period, indicator, part, sex) maps to it: the agency comes
    from who reports. `sex` is "" for the total. Indicator code, part number and period code
    are copied here so analytics can key figures by the shared six-objective framework.
    """

    class Sex(models.TextChoices):
        TOTAL = "", _("Total")
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")

    submission = models.ForeignKey(
        Submission, verbose_name=_("submission"), on_delete=models.CASCADE, related_name="values"
    )
    period = models.ForeignKey(
        ReportingPeriod, verbose_name=_("period"), on_delete=models.CASCADE, related_name="+"
    )
    org_unit = models.ForeignKey(
        "orgs.OrgUnit", verbose_name=_("org unit"), on_delete=models.PROTECT, related_name="+"
    )
    part = models.ForeignKey(
        "plans.Part", verbose_name=_("indicator part"), on_delete=models.CASCADE, related_name="+"
    )
    indicator_code = models.CharField(_("indicator"), max_length=16, db_index=True)
    part_number = models.PositiveSmallIntegerField(_("part number"))
    period_code = models.CharField(_("period"), max_length=16, db_index=True)
    sex = models.CharField(_("sex"), max_length=6, choices=Sex.choices, blank=True, default="")
    numerator = models.DecimalField(
        _("numerator"), max_digits=18, decimal_places=4, null=True, blank=True
    )
    denominator = models.DecimalField(
        _("denominator"), max_digits=18, decimal_places=4, null=True, blank=True
    )
    value = models.DecimalField(_("value"), max_digits=18, decimal_places=4, null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("updated by"),
    )

    class Meta:
        verbose_name = _("data value")
        verbose_name_plural = _("data values")
        constraints = [
            models.UniqueConstraint(fields=["submission", "part", "sex"], name="datavalue_unique"),
            models.CheckConstraint(
                condition=(Q(numerator__isnull=True) | Q(numerator__gte=0))
                & (Q(denominator__isnull=True) | Q(denominator__gte=0)),
                name="datavalue_not_negative",
            ),
        ]
        indexes = [
            models.Index(fields=["period_code", "indicator_code", "part_number"]),
            models.Index(fields=["org_unit", "period_code"]),
        ]

    def __str__(self) -> str:
        sex = f" {self.sex}" if self.sex else ""
        return f"{self.indicator_code}#{self.part_number}{sex} {self.period_code}"


class Narrative(TimeStampedModel):
    """What an agency writes about one objective in its report."""

    submission = models.ForeignKey(
        Submission,
        verbose_name=_("submission"),
        on_delete=models.CASCADE,
        related_name="narratives",
    )
    objective_code = models.CharField(_("objective"), max_length=16)
    text = models.TextField(_("text"), blank=True)

    class Meta:
        verbose_name = _("narrative")
        verbose_name_plural = _("narratives")
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "objective_code"], name="narrative_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.submission} – {self.objective_code}"


class Evidence(TimeStampedModel):
    """An attached file (minutes, decisions, photos) backing a form. Served only through views."""

    submission = models.ForeignKey(
        Submission,
        verbose_name=_("submission"),
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    file = models.FileField(_("file"), upload_to="evidence/%Y/%m/")
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    is_deleted = models.BooleanField(_("deleted"), default=False)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")

    def __str__(self) -> str:
        return self.original_name


class ReminderLog(models.Model):
    """A reminder e-mailed to an agency about a form: once per (period, agency, kind, day)."""

    period = models.ForeignKey(
        ReportingPeriod, verbose_name=_("period"), on_delete=models.CASCADE, related_name="+"
    )
    agency = models.ForeignKey(
        "orgs.Agency", verbose_name=_("agency"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=16, help_text=_("before_7, ..., overdue"))
    sent_on = models.DateField(_("sent on"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    recipients = models.TextField(_("recipients"), blank=True)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "agency", "kind", "sent_on"], name="reminderlog_once_a_day"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agency} {self.period.code} {self.kind} {self.sent_on:%d/%m/%Y}"
