from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

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


def site(request):
    """Site settings and the language alternates, for base.html."""
    return {
        "site_settings": SiteSettings.load(),
        "language_alternates": language_alternates(request),
    }
