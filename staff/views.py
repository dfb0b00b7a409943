from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from .forms import CodeForm
from .otp import (
    confirmed_device,
    pending_device,
    qr_code_svg,
    requires_two_factor,
    secret_for_manual_entry,
)


def two_factor(request, site):
    """The "two-step verification" page of the signed-in user.

    Without a device: a QR code (and the key, to type by hand) for the authenticator app,
    and a field for the first code, which turns verification on. With a device: when it
    was turned on, and its removal, which takes a code from the app too.
    """
    user = request.user
    device = confirmed_device(user)
    if device is None:
        device = pending_device(user)
        form = CodeForm(device, request.POST or None)
        if request.method == "POST" and form.is_valid():
            device = form.device
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
            request.session.cycle_key()
            otp_login(request, device)
            messages.success(
                request,
                _(
                    "Two-step verification is on. From now on, sign in with your password "
                    "and the code the app shows."
                ),
            )
            return redirect(reverse("admin:index", current_app=site.name))
        extra = {
            "qr_code": qr_code_svg(device),
            "secret": secret_for_manual_entry(device),
        }
    else:
        form = CodeForm(device, request.POST or None)
        if request.method == "POST" and form.is_valid():
            TOTPDevice.objects.filter(user=user).delete()
            request.session.pop(DEVICE_ID_SESSION_KEY, None)
            messages.success(request, _("Two-step verification has been removed."))
            return redirect(reverse("admin:two_factor", current_app=site.name))
        extra = {"device": device}

    required = requires_two_factor(user)
    context = {
        **site.each_context(request),
        "title": _("Two-step verification"),
        "form": form,
        "required": required,
        # Until an administrator has set it up, the rest of the admin is out of reach.
        "is_nav_sidebar_enabled": site.enable_nav_sidebar
        and not (required and not user.is_verified()),
        **extra,
    }
    request.current_app = site.name
    return TemplateResponse(request, "staff/two_factor.html", context)
