"""Session lifetime: an idle limit (SESSION_COOKIE_AGE) and an absolute one (GEM_SESSION_MAX_AGE).

Django stores a session's expiry when the session is saved. Saving on every request would cost
a write per request, so the session is touched at most once a minute: the idle limit holds to
within a minute. The sign-in time is kept in the session; past the absolute limit the user is
signed out and must sign in again.
"""

import time

from django.conf import settings
from django.contrib.auth import logout

SIGNED_IN_AT = "gem_signed_in_at"
SEEN_AT = "gem_seen_at"
TOUCH_EVERY = 60


class SessionLifetimeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and hasattr(request, "session"):
            now = int(time.time())
            signed_in = request.session.get(SIGNED_IN_AT)
            if signed_in is None:
                request.session[SIGNED_IN_AT] = now
            elif now - int(signed_in) > settings.GEM_SESSION_MAX_AGE:
                logout(request)
                return self.get_response(request)
            if now - int(request.session.get(SEEN_AT, 0)) >= TOUCH_EVERY:
                request.session[SEEN_AT] = now
        return self.get_response(request)
