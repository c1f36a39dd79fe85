"""The one error the extractor raises: a one-line message safe to show to the user."""

from django.utils.translation import gettext_lazy as _

from gem.core.errors import ValidationError


class ExtractError(ValidationError):
    """The document cannot be turned into a plan; `message` says why in one line."""


MESSAGES = {
    "empty": _("The file is empty."),
    "too_large": _("The file is too large (the limit is %(limit)s MB)."),
    "too_many_pages": _("The PDF has too many pages (the limit is %(limit)s)."),
    "unreadable": _("The file is not a readable text, Word or PDF document."),
    "old_doc": _("Old .doc files are not supported; save the file as .docx and try again."),
    "pdf_encrypted": _("The PDF is password-protected; remove the password and try again."),
    "pdf_no_text": _("The PDF has no text layer (a scanned image); run it through OCR first."),
    "pdf_corrupt": _("The PDF is damaged and cannot be read."),
    "docx_corrupt": _("The Word file is damaged or incomplete."),
    "docx_bomb": _("The Word file is too large once unpacked; it was refused for safety."),
    "not_a_plan": _("The document is not a plan: no plan structure was found."),
    "unexpected": _("The document could not be read: %(error)s"),
}


def fail(key: str, **params) -> ExtractError:
    """Build the ExtractError for one of MESSAGES (formatted in the active language)."""
    message = MESSAGES[key]
    text = str(message) % params if params else str(message)
    return ExtractError(text)
