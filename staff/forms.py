from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import authenticate
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .otp import check_sign_in_code, verify_code


class CodeField(forms.CharField):
    """The 6-digit code of an authenticator app; spaces are ignored."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Verification code"))
        kwargs.setdefault("max_length", 12)
        kwargs.setdefault(
            "widget",
            forms.TextInput(
                attrs={
                    "autocomplete": "one-time-code",
                    "inputmode": "numeric",
                    "size": 8,
                }
            ),
        )
        super().__init__(**kwargs)

    def to_python(self, value):
        return "".join(super().to_python(value).split())

    def validate(self, value):
        super().validate(value)
        if value and not (value.isascii() and value.isdigit() and len(value) == 6):
            raise ValidationError(_("The code is made of 6 digits."), code="format")


class StaffAuthenticationForm(AdminAuthenticationForm):
    """The admin sign-in: username, password and, once it is turned on, the app's code.

    A failed sign-in gets one answer, whatever was wrong (the username, the password, a
    missing or wrong code, an account that may not use the admin), and counts towards
    the lockout like a wrong password: the answer must not tell someone guessing that
    the password was right.
    """

    otp_token = CodeField(
        required=False,
        help_text=_(
            "Only if you turned on two-step verification: the 6 digits the app on your "
            "phone shows now."
        ),
    )

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "invalid_login": _(
            "The username, password or code is not right. If your account uses two-step "
            "verification, type the code the app on your phone shows now as well."
        ),
    }

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is None or not password:
            return self.cleaned_data  # the empty field says what is missing
        # A code that is not 6 digits is a wrong code (its field says what is wrong).
        malformed_code = "otp_token" in self.errors
        code = "" if malformed_code else self.cleaned_data.get("otp_token", "")

        # The same steps run whatever turns out to be wrong: authenticate() hashes the
        # password even for an unknown username, and the code is checked even after a
        # wrong password (against a throwaway key), so the time taken tells nothing.
        user = authenticate(self.request, username=username, password=password)
        device, code_is_right = check_sign_in_code(user, code)
        if (
            user is not None
            and self._may_use_the_admin(user)
            and not malformed_code
            and (device is None or code_is_right)
        ):
            # django_otp marks the session as verified with this device on login.
            user.otp_device = device
            self.user_cache = user
            return self.cleaned_data
        if user is not None:
            # authenticate() has recorded a wrong password for the lockout; record the
            # other failures the same way.
            user_login_failed.send(
                sender=self.__class__,
                credentials={"username": username},
                request=self.request,
            )
        raise self.get_invalid_login_error()

    def _may_use_the_admin(self, user):
        try:
            self.confirm_login_allowed(user)
        except ValidationError:
            return False
        return True


class CodeForm(forms.Form):
    """A code from the app, checked against one device."""

    code = CodeField()

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = self.cleaned_data["code"]
        self.device = verify_code(self.device, code)
        return code
