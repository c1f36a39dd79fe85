"""Every API error is JSON {"message": ..., "detail": ...}; never a traceback."""

import logging

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from gem.core.errors import GemError

log = logging.getLogger("gem.api")


def _loc(loc) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "payload")]
    return ".".join(parts)


def install(api) -> None:
    @api.exception_handler(GemError)
    def gem_error(request, exc: GemError):
        return api.create_response(request, exc.as_dict(), status=exc.status)

    @api.exception_handler(DjangoValidationError)
    def model_validation_error(request, exc: DjangoValidationError):
        messages = exc.message_dict if hasattr(exc, "error_dict") else {"": exc.messages}
        field, problems = next(iter(messages.items()))
        message = f"{field}: {problems[0]}" if field else problems[0]
        return api.create_response(request, {"message": message, "detail": messages}, status=400)

    @api.exception_handler(NinjaValidationError)
    def validation_error(request, exc: NinjaValidationError):
        first = exc.errors[0] if exc.errors else {}
        field = _loc(first.get("loc", ()))
        message = f"{field}: {first.get('msg', '')}" if field else _("Invalid request.")
        detail = [{"loc": _loc(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors]
        return api.create_response(request, {"message": message, "detail": detail}, status=400)

    @api.exception_handler(AuthenticationError)
    def auth_error(request, exc):
        return api.create_response(
            request, {"message": _("Authentication required."), "detail": None}, status=401
        )

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return api.create_response(
            request, {"message": _("Not found."), "detail": None}, status=404
        )

    @api.exception_handler(HttpError)
    def http_error(request, exc: HttpError):
        return api.create_response(
            request, {"message": str(exc), "detail": None}, status=exc.status_code
        )

    @api.exception_handler(Exception)
    def unexpected(request, exc):
        log.exception("API error on %s", request.path)
        return api.create_response(
            request,
            {"message": _("Internal error; it has been logged."), "detail": None},
            status=500,
        )
