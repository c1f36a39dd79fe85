from django.utils.translation import gettext as _
from ninja.security import HttpBearer, SessionAuth

from gem.accounts.services import token_authenticate


class BearerToken(HttpBearer):
    def authenticate(self, request, token):
        user = token_authenticate(token)
        if user is not None:
            request.user = user
        return user


class Session(SessionAuth):
    """The browser's session (CSRF-checked for writes), so pages can call the API too."""


API_AUTH = [BearerToken(), Session()]
AUTH_REQUIRED = _("Authentication required.")
