"""Password rules beyond Django's: a length cap and enough different characters.

Django's validators (settings.AUTH_PASSWORD_VALIDATORS) already refuse short (< 12), common,
all-digit and username-like passwords. Composition rules ("one capital, one digit") are left out
on purpose (NIST SP 800-63B, OWASP ASVS 2.1.9): length and variety matter, not the recipe.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_LENGTH = 128
MIN_DISTINCT = 5
SITE_WORDS = ("gem", "binhdanggioi", "bình đẳng giới", "password", "matkhau", "mật khẩu")


class PasswordRulesValidator:
    def validate(self, password: str, user=None) -> None:
        if len(password) > MAX_LENGTH:
            raise ValidationError(
                _("The password is too long (at most %(n)d characters).") % {"n": MAX_LENGTH},
                code="password_too_long",
            )
        if len(set(password)) < MIN_DISTINCT:
            raise ValidationError(
                _("The password needs at least %(n)d different characters.") % {"n": MIN_DISTINCT},
                code="password_too_simple",
            )
        folded = password.lower().replace(" ", "")
        for word in SITE_WORDS:
            stripped = word.replace(" ", "")
            if len(folded) - len(stripped) < 6 and stripped in folded:
                raise ValidationError(
                    _("The password is too close to the name of this site."),
                    code="password_site_word",
                )

    def get_help_text(self) -> str:
        return _(
            "At most %(max)d characters, at least %(n)d different ones, "
            "not built on this site's name."
        ) % {"max": MAX_LENGTH, "n": MIN_DISTINCT}
