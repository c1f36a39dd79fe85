"""Vietnamese formatting for templates: decimal commas, dd/mm/yyyy, target phrases."""

from django import template
from django.utils.translation import gettext as _

from gem.lib.numbers import format_vn_number

register = template.Library()

UNIT_SUFFIX = {
    "%": "%",
    "times": " lần",
    "per_100000_live_births": "/100.000 trẻ sinh sống",
    "per_1000_women": "/1.000 phụ nữ",
    "boys_per_100_girls": " bé trai/100 bé gái",
    "items_per_quarter": " tin, bài/quý",
    "items_per_month": " tin, bài/tháng",
    "count": "",
    "bool": "",
}


@register.filter
def vn_number(value, places=None):
    if value is None or value == "":
        return "–"
    return format_vn_number(value, None if places in (None, "") else int(places))


@register.filter
def vn_date(value):
    return value.strftime("%d/%m/%Y") if value else ""


@register.filter
def vn_datetime(value):
    if not value:
        return ""
    from django.utils import timezone

    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M")


@register.simple_tag
def target_phrase(target) -> str:
    """'≥ 75%' style text for a target (value, unit, comparator)."""
    if target.unit == "bool":
        return _("yes")
    symbol = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "≈"}[target.comparator]
    return f"{symbol} {format_vn_number(target.value)}{UNIT_SUFFIX.get(target.unit, '')}"
