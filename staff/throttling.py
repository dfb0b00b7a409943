"""Sign-in throttling with django-axes: who is asking, and what a locked-out person sees."""

from django.conf import settings
from django.contrib import admin
from django.shortcuts import render
from django.utils.translation import gettext as _


def client_ip(request):
    """The address of the person signing in.

    Behind `TRUSTED_PROXY_COUNT` reverse proxies that append to X-Forwarded-For, it is the
    entry the outermost trusted proxy added; otherwise REMOTE_ADDR. Entries further left
    are written by the client and are never trusted.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


def lockout_response(request, original_response=None, credentials=None):
    """The admin's sign-in page, saying in plain words that sign-in is blocked for a while."""
    site = admin.site
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    context = {
        **site.each_context(request),
        "title": _("Sign-in temporarily blocked"),
        "minutes": minutes,
        "failure_limit": settings.AXES_FAILURE_LIMIT,
    }
    request.current_app = site.name
    return render(request, "staff/lockout.html", context, status=429)
