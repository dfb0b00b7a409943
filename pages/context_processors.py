from django.conf import settings
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, get_language_info

from operations import fragments

from .models import SiteSettings


def language_alternates(request):
    """The same page in every language, for the switcher and hreflang links."""
    current = get_language()
    alternates = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        alternates.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "url": translate_url(request.get_full_path(), code),
                "current": code == current,
            }
        )
    return alternates


def site_settings(request):
    """The settings, read once per content version (operations/fragments.py).

    The defaults (no row, or the database not answering) are never kept, and neither is
    any part of a page rendered with them."""
    row = fragments.remember(
        request, "site-settings", (), SiteSettings.load, keep=lambda row: not row._state.adding
    )
    if row._state.adding:
        fragments.keep_nothing(request)
    return row


def site(request):
    """Site settings and the language alternates, for base.html."""
    return {
        "site_settings": SimpleLazyObject(lambda: site_settings(request)),
        "language_alternates": language_alternates(request),
    }
