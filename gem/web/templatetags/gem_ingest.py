"""Template filters of the plan upload pages."""

from django import template

from gem.ingest.selectors import can_upload_plans as _can_upload_plans

register = template.Library()


@register.filter
def can_upload_plans(user) -> bool:
    """Whether to show the plan upload link: the user manages some unit's plans."""
    return bool(user and user.is_authenticated and _can_upload_plans(user))
