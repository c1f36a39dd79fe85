"""Service errors as pages: 404 for what the user may not see, 403 for what they may not do."""

import functools

from django.contrib import messages
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import redirect

from gem.core.errors import GemError, NotFound, PermissionDenied


def gem_errors(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except NotFound as exc:
            raise Http404(str(exc)) from None
        except PermissionDenied as exc:
            return HttpResponseForbidden(str(exc))
        except GemError as exc:
            messages.error(request, str(exc))
            return redirect(request.get_full_path())

    return wrapper
