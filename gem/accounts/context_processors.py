"""Template context about the signed-in user's account, computed only when a template asks."""

from django.utils.functional import SimpleLazyObject

from gem.accounts.selectors import is_site_admin


def account(request) -> dict:
    user = getattr(request, "user", None)
    return {"is_site_admin": SimpleLazyObject(lambda: is_site_admin(user))}
