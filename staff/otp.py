"""Two-step verification with a time-based code (TOTP), as in any authenticator app.

Every staff account may turn it on; administrators (superusers) must, and so must every
staff account when `OTP_REQUIRED_FOR_STAFF` is on. A user has at most one device.
"""

from base64 import b32encode

import segno
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice


def requires_two_factor(user):
    """Whether this account may use the admin only after turning on two-step verification."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    return user.is_superuser or settings.OTP_REQUIRED_FOR_STAFF


def confirmed_device(user):
    """The user's working device, or None."""
    if not user.is_authenticated:
        return None
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def pending_device(user):
    """The device being set up (shown as a QR code until a first code confirms it).

    The same one is shown again on reload, so that a code from an already scanned QR code
    still works.
    """
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="TOTP", confirmed=False)
    return device


def normalise_code(code):
    return "".join((code or "").split())


def verify_code(device, code):
    """Check a code against a device and return the device as updated by the check.

    Raises ValidationError with a message for the user when the code is wrong or when
    too many wrong codes in a row make the device wait (django-otp doubles the wait after
    each one). A right code cannot be used twice.
    """
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        allowed, _extra = device.verify_is_allowed()
        verified = allowed and device.verify_token(normalise_code(code))
    if not allowed:
        raise ValidationError(
            _("Too many wrong codes in a row. Wait a minute, then type the code shown now."),
            code="throttled",
        )
    if not verified:
        raise ValidationError(
            _(
                "The code is not right. Type the 6 digits the app shows now, and check "
                "that the phone's clock is set automatically."
            ),
            code="invalid",
        )
    return device


def check_sign_in_code(user, code):
    """Check the code typed at sign-in: return the user's device (or None) and whether the
    code is right for it.

    The work is the same whoever signs in, so that the time the answer takes does not tell
    a wrong password (`user` is None) from a missing or wrong code: one look-up of the
    device, and one code check. Without a device or without a code, the check runs against
    a throwaway key that is never stored, so a missing code does not make the real device
    wait. The only step left out then is the row update of a real device's check.
    """
    with transaction.atomic():
        device = (
            TOTPDevice.objects.select_for_update()
            .filter(user_id=getattr(user, "pk", None), confirmed=True)
            .order_by("pk")
            .first()
        )
        checked = device if device is not None and code else _throwaway_device()
        verified = checked.verify_token(normalise_code(code))
    return device, verified and checked is device


def _throwaway_device():
    device = TOTPDevice(name="throwaway")  # with a random key of its own
    device.save = lambda *args, **kwargs: None  # never stored
    return device


def secret_for_manual_entry(device):
    """The key as authenticator apps ask for it when typed by hand, in groups of four."""
    secret = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device):
    """The set-up link as an inline SVG QR code: drawn here, no request to another site.

    Only presentation attributes (no style attribute), so it passes the strict CSP; a white
    quiet zone keeps it readable in the admin's dark theme.
    """
    svg = segno.make(device.config_url, error="m").svg_inline(
        scale=4,
        border=4,
        dark="#000",
        light="#fff",
        title=_("QR code to scan with the authenticator app"),
        svgclass="two-factor-qr",
    )
    return svg.replace("<svg ", '<svg role="img" ', 1)
