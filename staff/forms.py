from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .otp import confirmed_device, verify_code


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
    """The admin sign-in: username, password and, once it is turned on, the app's code."""

    otp_token = CodeField(
        required=False,
        help_text=_(
            "Only if you turned on two-step verification: the 6 digits the app on your "
            "phone shows now."
        ),
    )

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "code_required": _(
            "Your account uses two-step verification: type the 6-digit code the app on "
            "your phone shows now, together with your password."
        ),
    }

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        device = confirmed_device(user) if user is not None else None
        if device is None or "otp_token" in self.errors:
            return cleaned_data
        code = cleaned_data.get("otp_token")
        if not code:
            raise ValidationError(self.error_messages["code_required"], code="code_required")
        try:
            user.otp_device = verify_code(device, code)
        except ValidationError:
            # A wrong code is a failed sign-in for the lockout count too.
            user_login_failed.send(
                sender=self.__class__,
                credentials={"username": user.get_username()},
                request=self.request,
            )
            raise
        # django_otp marks the session as verified with this device on login.
        return cleaned_data


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
