"""Errors raised by services. Interfaces (web, API, commands) turn them into messages."""

from typing import Any


class GemError(Exception):
    """Base error: a message safe to show to the user, plus optional structured detail."""

    status = 400

    def __init__(self, message: str, *, field: str | None = None, extra: Any = None):
        super().__init__(str(message))
        self.message = str(message)
        self.field = field
        self.extra = extra

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message

    def as_dict(self) -> dict[str, Any]:
        detail: Any = self.extra
        if self.field and detail is None:
            detail = {"field": self.field}
        return {"message": str(self), "detail": detail}


class ValidationError(GemError):
    status = 400


class FormatError(ValidationError):
    """A document that breaks an interchange format (e.g. gem.plan/1)."""


class PermissionDenied(GemError):
    status = 403


class NotFound(GemError):
    status = 404


class WorkflowError(GemError):
    status = 409


class Conflict(GemError):
    status = 409
