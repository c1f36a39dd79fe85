"""Rollups: every indicator part's figures summed per org unit, period and sex.

One row per (indicator code, part number, org unit, period code, sex), kept current by the
listener in `services.rollup_apply` and rebuilt by `python -m gem rollup-rebuild`. Figures are
keyed by the indicator CODE of the shared six-objective framework, so a commune plan's 3.2 and
its province plan's 3.2 add up. Each row holds two tiers of the same accumulators:

- `own_*`: what the unit's own agencies reported (a department at the province, the commune
  office at a commune);
- `below_*`: the sum of the effective figures of the units below it (children, and units merged
  into it).

The effective figure (see `calc.effective`) is `own + below`, except for indicators reported as a
direct figure for the whole unit (`specs.DIRECT_CODES`), where a unit's own figure, when there is
one, stands for the unit and `below` is shown beside it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

FIGURE = {"max_digits": 26, "decimal_places": 4, "default": 0}
TIERS = ("own", "below")
ACC_FIELDS = ("numerator", "denominator", "value", "value_count", "judged", "meeting", "reports")


class Rollup(models.Model):
    indicator_code = models.CharField(_("indicator"), max_length=16)
    part_number = models.PositiveSmallIntegerField(_("part number"))
    org_unit = models.ForeignKey(
        "orgs.OrgUnit", verbose_name=_("org unit"), on_delete=models.CASCADE, related_name="+"
    )
    period_code = models.CharField(_("period"), max_length=16)
    sex = models.CharField(_("sex"), max_length=6, blank=True, default="")

    own_numerator = models.DecimalField(_("own numerator"), **FIGURE)
    own_denominator = models.DecimalField(_("own denominator"), **FIGURE)
    own_value = models.DecimalField(_("own sum of values"), **FIGURE)
    own_value_count = models.PositiveIntegerField(_("own values"), default=0)
    own_judged = models.PositiveIntegerField(_("own units judged"), default=0)
    own_meeting = models.PositiveIntegerField(_("own units meeting the condition"), default=0)
    own_reports = models.PositiveIntegerField(_("own reports"), default=0)

    below_numerator = models.DecimalField(_("numerator below"), **FIGURE)
    below_denominator = models.DecimalField(_("denominator below"), **FIGURE)
    below_value = models.DecimalField(_("sum of values below"), **FIGURE)
    below_value_count = models.PositiveIntegerField(_("values below"), default=0)
    below_judged = models.PositiveIntegerField(_("units judged below"), default=0)
    below_meeting = models.PositiveIntegerField(_("units meeting the condition below"), default=0)
    below_reports = models.PositiveIntegerField(_("reports below"), default=0)

    class Meta:
        verbose_name = _("rollup")
        verbose_name_plural = _("rollups")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator_code", "part_number", "org_unit", "period_code", "sex"],
                name="rollup_unique_key",
            ),
        ]
        indexes = [
            models.Index(fields=["org_unit", "indicator_code"], name="rollup_unit_code"),
        ]

    def __str__(self) -> str:
        sex = f" {self.sex}" if self.sex else ""
        return f"{self.indicator_code}#{self.part_number} {self.period_code}{sex}"

    @property
    def key(self) -> tuple:
        return (self.org_unit_id, self.indicator_code, self.part_number, self.period_code, self.sex)
