"""The optional second factor: a TOTP authenticator app (RFC 6238, 6 digits, 30 s), via pyotp.

Consolidators and administrators (settings.GEM_2FA_ROLES) may turn it on. Enrolment: `totp_begin`
makes a secret (shown once as text and as an otpauth:// URI for the app), `totp_confirm` turns it
on when the user types a valid code. Sign-in then asks for a code (`totp_verify`); a code is
accepted once (replays within its 30 s are refused) and one step of clock drift either way.
"""

import pyotp
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gem.accounts.models import TotpDevice, User
from gem.accounts.selectors import is_site_admin, user_roles
from gem.core import audit
from gem.core.errors import PermissionDenied, ValidationError

ISSUER = "GEM"
STEP = 30


def totp_allowed(user) -> bool:
    return bool(user.is_superuser) or bool(user_roles(user) & set(settings.GEM_2FA_ROLES))


def totp_enabled(user) -> bool:
    return TotpDevice.objects.filter(user=user, confirmed_at__isnull=False).exists()


def totp_pending(user) -> TotpDevice | None:
    """The device being set up (not yet confirmed), if any."""
    return TotpDevice.objects.filter(user=user, confirmed_at__isnull=True).first()


def totp_uri(device: TotpDevice) -> str:
    return pyotp.TOTP(device.secret).provisioning_uri(name=device.user.username, issuer_name=ISSUER)


@transaction.atomic
def totp_begin(*, user: User) -> TotpDevice:
    """A fresh unconfirmed secret for the user (replacing an unconfirmed one)."""
    if not totp_allowed(user):
        raise PermissionDenied(_("Two-factor sign-in is offered to consolidators and admins."))
    device = TotpDevice.objects.select_for_update().filter(user=user).first()
    if device is not None and device.is_confirmed:
        raise ValidationError(_("Two-factor sign-in is already on."))
    if device is None:
        device = TotpDevice(user=user)
    device.secret = pyotp.random_base32()
    device.last_step = 0
    device.save()
    return device


def _match_step(device: TotpDevice, code: str) -> int | None:
    code = "".join(ch for ch in str(code) if ch.isdigit())
    if len(code) != 6:
        return None
    totp = pyotp.TOTP(device.secret)
    now_step = int(timezone.now().timestamp()) // STEP
    for step in (now_step, now_step - 1, now_step + 1):
        if step > device.last_step and totp.at(step * STEP) == code:
            return step
    return None


@transaction.atomic
def totp_confirm(*, user: User, code: str, ip: str | None = None) -> TotpDevice:
    device = TotpDevice.objects.select_for_update().filter(user=user).first()
    if device is None or device.is_confirmed:
        raise ValidationError(_("Start the set-up again."))
    step = _match_step(device, code)
    if step is None:
        raise ValidationError(_("The code is not right. Check the clock of your phone."))
    device.last_step = step
    device.confirmed_at = timezone.now()
    device.save(update_fields=["last_step", "confirmed_at", "updated_at"])
    audit.record(actor=user, action="2fa.enable", obj=user, ip=ip)
    return device


@transaction.atomic
def totp_verify(*, user: User, code: str) -> bool:
    """True (and the code used up) if the code is valid for the user's confirmed device."""
    device = TotpDevice.objects.select_for_update().filter(user=user).first()
    if device is None or not device.is_confirmed:
        return False
    step = _match_step(device, code)
    if step is None:
        return False
    device.last_step = step
    device.save(update_fields=["last_step", "updated_at"])
    return True


@transaction.atomic
def totp_disable(*, user: User, actor: User, code: str = "", ip: str | None = None) -> None:
    """Turn the second factor off: the user with a valid code, or an administrator."""
    if actor.pk == user.pk:
        if totp_enabled(user) and not totp_verify(user=user, code=code):
            raise ValidationError(_("The code is not right."), field="code")
    elif not is_site_admin(actor):
        raise PermissionDenied(_("You may not change another user's sign-in."))
    TotpDevice.objects.filter(user=user).delete()
    audit.record(actor=actor, action="2fa.disable", obj=user, ip=ip)
