"""Pure validation of reported figures (no database). Each problem is tied to one field.

Errors block saving; warnings (implausible ranges, jumps against the previous period) do not
block a draft but need a comment on the row before the form can be submitted.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from gem.lib.numbers import format_vn_number

FEMALE, MALE, TOTAL = "female", "male", ""
SEXES = (FEMALE, MALE, TOTAL)
MAX_ABS = Decimal(10) ** 14
JUMP_THRESHOLD = Decimal("0.5")  # more than 50% relative change against the previous period
# Plausible bounds of a figure (after the factor) per unit: outside them is a warning.
PLAUSIBLE = {
    "boys_per_100_girls": (Decimal(80), Decimal(140)),
    "per_100000_live_births": (Decimal(0), Decimal(1000)),
    "per_1000_women": (Decimal(0), Decimal(300)),
    "times": (Decimal(0), Decimal(10)),
}
# Units whose female and male counts add up to the total.
ADDITIVE_VALUE_UNITS = {"count", "items_per_quarter", "items_per_month"}


@dataclass(frozen=True)
class PartRule:
    """What validation needs to know about an indicator part."""

    unit: str
    measure: str  # "ratio", "value", "bool"
    factor: Decimal = Decimal(1)
    is_by_sex: bool = False

    @property
    def inputs(self) -> tuple[str, ...]:
        if self.measure == "ratio":
            return ("numerator", "denominator")
        return ("value",)


@dataclass(frozen=True)
class Fig:
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    value: Decimal | None = None

    @property
    def is_empty(self) -> bool:
        return self.numerator is None and self.denominator is None and self.value is None


@dataclass(frozen=True)
class Problem:
    sex: str
    field: str
    message: str
    level: str = "error"  # "error" or "warning"
    rule: str = ""

    def as_dict(self) -> dict:
        return {"sex": self.sex, "field": self.field, "message": self.message, "rule": self.rule}


def _num(value: Decimal | None) -> str:
    return format_vn_number(value)


def figure_value(rule: PartRule, fig: Fig) -> Decimal | None:
    """The indicator's figure: numerator / denominator × factor, or the value itself."""
    if rule.measure != "ratio":
        return fig.value
    if fig.numerator is None or not fig.denominator:
        return None
    return fig.numerator / fig.denominator * rule.factor


def check_figure(rule: PartRule, fig: Fig, sex: str = TOTAL) -> list[Problem]:
    """Errors and range warnings of one row (one sex) of one part."""
    problems = _check_inputs(rule, fig, sex)
    if problems:
        return problems
    if rule.measure == "ratio":
        problems += _check_ratio(rule, fig, sex)
    elif rule.measure == "bool":
        if fig.value is not None and fig.value not in (Decimal(0), Decimal(1)):
            problems.append(Problem(sex, "value", _("Enter 1 (yes) or 0 (no)."), rule="bool"))
    elif rule.unit == "%" and fig.value is not None and fig.value > 100:
        problems.append(Problem(sex, "value", _("A percentage cannot be above 100."), rule="range"))
    if not problems:
        problems += _check_plausible(rule, fig, sex)
    return problems


def _check_inputs(rule: PartRule, fig: Fig, sex: str) -> list[Problem]:
    problems = []
    for name in ("numerator", "denominator", "value"):
        given = getattr(fig, name)
        if given is None:
            continue
        if name not in rule.inputs:
            problems.append(Problem(sex, name, _not_an_input(rule), rule="input"))
        elif given < 0:
            problems.append(Problem(sex, name, _("Must not be negative."), rule="negative"))
        elif abs(given) >= MAX_ABS:
            problems.append(Problem(sex, name, _("The number is too large."), rule="size"))
    if sex and not rule.is_by_sex:
        field = rule.inputs[0]
        msg = _("This indicator is not broken down by sex; enter the total only.")
        problems.append(Problem(sex, field, msg, rule="sex"))
    return problems


def _not_an_input(rule: PartRule) -> str:
    if rule.measure == "ratio":
        return _("This indicator takes a numerator and a denominator, not a value.")
    return _("This indicator takes a single value, not a numerator and denominator.")


def _check_ratio(rule: PartRule, fig: Fig, sex: str) -> list[Problem]:
    num, den = fig.numerator, fig.denominator
    if num is None and den is None:
        return []
    if den is None:
        return [Problem(sex, "denominator", _("Enter the denominator too."), rule="missing")]
    if num is None:
        return [Problem(sex, "numerator", _("Enter the numerator too."), rule="missing")]
    if rule.unit == "%":
        if num > den:
            msg = _("The numerator (%(num)s) must not exceed the denominator (%(den)s).") % {
                "num": _num(num),
                "den": _num(den),
            }
            return [Problem(sex, "numerator", msg, rule="numerator_le_denominator")]
    elif den == 0 and num > 0:
        msg = _("The denominator must be greater than 0.")
        return [Problem(sex, "denominator", msg, rule="zero_denominator")]
    return []


def _check_plausible(rule: PartRule, fig: Fig, sex: str) -> list[Problem]:
    bounds = PLAUSIBLE.get(rule.unit)
    figure = figure_value(rule, fig)
    if bounds is None or figure is None:
        return []
    low, high = bounds
    if low <= figure <= high:
        return []
    msg = _("%(figure)s is outside the plausible range %(low)s–%(high)s; please check.") % {
        "figure": _num(figure),
        "low": _num(low),
        "high": _num(high),
    }
    return [Problem(sex, rule.inputs[0], msg, level="warning", rule="range")]


def additive_fields(rule: PartRule) -> tuple[str, ...]:
    """The inputs whose female and male figures add up to the total."""
    if rule.measure == "ratio":
        return ("numerator", "denominator")
    if rule.measure == "value" and rule.unit in ADDITIVE_VALUE_UNITS:
        return ("value",)
    return ()


def derive_total(rule: PartRule, figs: dict[str, Fig]) -> Fig | None:
    """The total row from complete female and male rows (None when it cannot be derived)."""
    fields = additive_fields(rule)
    female, male = figs.get(FEMALE), figs.get(MALE)
    if not rule.is_by_sex or not fields or female is None or male is None:
        return None
    sums = {}
    for name in fields:
        a, b = getattr(female, name), getattr(male, name)
        if a is None or b is None:
            return None
        sums[name] = a + b
    return Fig(**sums)


def check_sexes(rule: PartRule, figs: dict[str, Fig]) -> list[Problem]:
    """Female + male = total, field by field, when all three are given."""
    female, male, total = figs.get(FEMALE), figs.get(MALE), figs.get(TOTAL)
    if not rule.is_by_sex or female is None or male is None or total is None:
        return []
    problems = []
    for name in additive_fields(rule):
        a, b, t = getattr(female, name), getattr(male, name), getattr(total, name)
        if a is None or b is None or t is None or a + b == t:
            continue
        msg = _("Female (%(f)s) + male (%(m)s) = %(sum)s, but the total is %(t)s.") % {
            "f": _num(a),
            "m": _num(b),
            "sum": _num(a + b),
            "t": _num(t),
        }
        problems.append(Problem(TOTAL, name, msg, rule="sex_sum"))
    return problems


def check_jump(rule: PartRule, fig: Fig, previous: Fig | None, sex: str = TOTAL) -> Problem | None:
    """A warning when the figure moved more than 50% from the previous period's."""
    if previous is None:
        return None
    new, old = figure_value(rule, fig), figure_value(rule, previous)
    if new is None or old is None or old <= 0:
        return None
    change = abs(new - old) / old
    if change <= JUMP_THRESHOLD:
        return None
    msg = _(
        "Changed by %(pct)s%% from the previous period (%(old)s → %(new)s); "
        "add a comment explaining it."
    ) % {"pct": format_vn_number(change * 100, 0), "old": _num(old), "new": _num(new)}
    return Problem(sex, rule.inputs[0], msg, level="warning", rule="jump")


def check_part(
    rule: PartRule, figs: dict[str, Fig], previous: dict[str, Fig] | None = None
) -> list[Problem]:
    """All problems of one part's rows (figs by sex, empty rows left out)."""
    problems: list[Problem] = []
    for sex, fig in figs.items():
        row = check_figure(rule, fig, sex)
        problems += row
        if not any(p.level == "error" for p in row):
            jump = check_jump(rule, fig, (previous or {}).get(sex), sex)
            if jump:
                problems.append(jump)
    if not any(p.level == "error" for p in problems):
        problems += check_sexes(rule, figs)
    return problems
