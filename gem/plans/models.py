from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gem.core.models import TimeStampedModel


class Level(models.TextChoices):
    NATIONAL = "national", _("National")
    PROVINCE = "province", _("Province")
    DISTRICT = "district", _("District")
    COMMUNE = "commune", _("Commune")
    AGENCY = "agency", _("Agency")


class Plan(TimeStampedModel):
    """A gender-equality plan ("Kế hoạch") of one org unit for a span of years."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        ACTIVE = "active", _("Active")
        CLOSED = "closed", _("Closed")

    title = models.TextField(_("title"))
    issuer = models.CharField(_("issuer"), max_length=255, blank=True)
    level = models.CharField(_("level"), max_length=16, choices=Level.choices)
    area = models.CharField(_("area"), max_length=255, blank=True)
    org_unit = models.ForeignKey(
        "orgs.OrgUnit", verbose_name=_("org unit"), on_delete=models.PROTECT, related_name="plans"
    )
    start_year = models.PositiveSmallIntegerField(_("start year"))
    end_year = models.PositiveSmallIntegerField(_("end year"))
    number = models.CharField(_("number"), max_length=64, blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    legal_bases = models.JSONField(_("legal bases"), default=list, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent plan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    parent_citation = models.TextField(_("parent plan as cited"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    is_builtin = models.BooleanField(_("built in"), default=False)
    is_demo = models.BooleanField(_("demo data"), default=False)
    extra = models.JSONField(_("other fields"), default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_deleted = models.BooleanField(_("deleted"), default=False)

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        ordering = ["-start_year", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__gte=models.F("start_year")), name="plan_period_order"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def period_label(self) -> str:
        if self.start_year == self.end_year:
            return str(self.start_year)
        return f"{self.start_year}-{self.end_year}"


class Objective(models.Model):
    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="objectives"
    )
    code = models.CharField(_("code"), max_length=16)
    title = models.TextField(_("title"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    extra = models.JSONField(_("other fields"), default=dict, blank=True)

    class Meta:
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        ordering = ["plan", "position"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="objective_unique_code"),
        ]

    def __str__(self) -> str:
        return f"{_('Objective')} {self.code}: {self.title}"


class Indicator(models.Model):
    """A numbered indicator ("Chỉ tiêu"), code "<objective>.<n>" as in the shared framework."""

    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="indicators"
    )
    objective = models.ForeignKey(
        Objective, verbose_name=_("objective"), on_delete=models.CASCADE, related_name="indicators"
    )
    code = models.CharField(_("code"), max_length=16)
    text = models.TextField(_("text"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    extra = models.JSONField(_("other fields"), default=dict, blank=True)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["plan", "objective__position", "position"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="indicator_unique_code"),
        ]

    def __str__(self) -> str:
        return f"{self.code}. {self.text[:80]}"


class Part(models.Model):
    """One quantity an indicator measures over the years, with how its figure is formed.

    Targets with the same label form one part; parts are numbered from 0 in order of first
    appearance. Figures are reported per part.
    """

    class Measure(models.TextChoices):
        RATIO = "ratio", _("Ratio: numerator / denominator × factor")
        VALUE = "value", _("Direct value")
        BOOL = "bool", _("Yes/no with evidence")

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.CASCADE, related_name="parts"
    )
    number = models.PositiveSmallIntegerField(_("part number"))
    label = models.CharField(_("label"), max_length=255, null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=32)
    measure = models.CharField(_("measure"), max_length=8, choices=Measure.choices)
    factor = models.DecimalField(_("factor"), max_digits=12, decimal_places=2, default=1)
    is_by_sex = models.BooleanField(_("broken down by sex"), default=False)
    numerator_label = models.CharField(_("numerator"), max_length=255, blank=True)
    denominator_label = models.CharField(_("denominator"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("indicator part")
        verbose_name_plural = _("indicator parts")
        ordering = ["indicator", "number"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "number"], name="part_unique_number"),
            models.CheckConstraint(condition=Q(factor__gt=0), name="part_factor_positive"),
        ]

    def __str__(self) -> str:
        label = f" ({self.label})" if self.label else ""
        return f"{self.indicator.code}#{self.number}{label}"


class Target(models.Model):
    class Unit(models.TextChoices):
        PERCENT = "%", _("percent")
        TIMES = "times", _("times")
        PER_100000_LIVE_BIRTHS = "per_100000_live_births", _("per 100,000 live births")
        PER_1000_WOMEN = "per_1000_women", _("per 1,000 women")
        BOYS_PER_100_GIRLS = "boys_per_100_girls", _("boys per 100 girls")
        ITEMS_PER_QUARTER = "items_per_quarter", _("items per quarter")
        ITEMS_PER_MONTH = "items_per_month", _("items per month")
        COUNT = "count", _("count")
        BOOL = "bool", _("yes/no")

    class Comparator(models.TextChoices):
        GE = ">=", _("at least")
        GT = ">", _("above")
        LE = "<=", _("at most")
        LT = "<", _("below")
        EQ = "=", _("at the level of")

    part = models.ForeignKey(
        Part, verbose_name=_("part"), on_delete=models.CASCADE, related_name="targets"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=4, null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=32, choices=Unit.choices)
    comparator = models.CharField(_("comparator"), max_length=2, choices=Comparator.choices)
    year = models.PositiveSmallIntegerField(_("due year"))
    baseline = models.DecimalField(
        _("baseline"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    extra = models.JSONField(_("other fields"), default=dict, blank=True)

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["part__indicator", "position"]
        constraints = [
            models.CheckConstraint(
                condition=Q(value__isnull=False) | Q(unit="bool"), name="target_value_unless_bool"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.comparator} {self.value} {self.unit} ({self.year})"


class Assignment(models.Model):
    """Who follows and reports which indicators ("chủ trì" lead, "phối hợp" support)."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead")
        SUPPORT = "support", _("Support")

    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="assignments"
    )
    agency_name = models.CharField(_("agency as written"), max_length=255)
    agency = models.ForeignKey(
        "orgs.Agency",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    role = models.CharField(_("role"), max_length=8, choices=Role.choices)
    note = models.TextField(_("note"), null=True, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    indicators = models.ManyToManyField(
        Indicator, through="AssignmentIndicator", related_name="assignments"
    )
    extra = models.JSONField(_("other fields"), default=dict, blank=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["plan", "position"]

    def __str__(self) -> str:
        return f"{self.agency_name} ({self.get_role_display()})"


class AssignmentIndicator(models.Model):
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="links")
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["assignment", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "indicator"], name="assignmentindicator_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.assignment_id}:{self.indicator_id}"


class ReportingDuty(models.Model):
    """A dated duty from the plan's reporting calendar ("Chế độ thông tin, báo cáo")."""

    class Kind(models.TextChoices):
        SEMIANNUAL = "semiannual", _("6-month report")
        ANNUAL = "annual", _("Annual report")
        MIDTERM = "midterm", _("Mid-term review")
        FINAL = "final", _("Final review")
        ADHOC = "adhoc", _("Ad-hoc report")
        PLAN = "plan", _("Issue a lower plan")

    class By(models.TextChoices):
        UNITS = "units", _("Reporting units")
        CONSOLIDATOR = "consolidator", _("Consolidator")

    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="duties"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    by = models.CharField(_("who reports"), max_length=16, choices=By.choices)
    due = models.CharField(
        _("due"), max_length=10, null=True, blank=True, help_text=_("MM-DD, YYYY-MM-DD or YYYY")
    )
    to = models.TextField(_("to"), null=True, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    extra = models.JSONField(_("other fields"), default=dict, blank=True)

    class Meta:
        verbose_name = _("reporting duty")
        verbose_name_plural = _("reporting duties")
        ordering = ["plan", "position"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.get_by_display()}): {self.due}"
