from django.conf import settings
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, get_language_info

from operations import fragments

from .models import SiteSettings


def language_alternates(request):
    """The same page in every language: `path` for the hreflang links (as the canonical
    link, without the query string), `url` for the language switcher (with it: a search
    stays the same search). Translated once per address and content version."""
    full_path = request.get_full_path()
    path, separator, query = full_path.partition("?")
    translated = fragments.remember(
        request,
        "language-alternates",
        [path],
        lambda: tuple(translate_url(path, code) for code, _name in settings.LANGUAGES),
    )
    current = get_language()
    alternates = []
    for (code, _name), translated_path in zip(settings.LANGUAGES, translated, strict=True):
        alternates.append(
            {
                "code": code,
                "name_local": get_language_info(code)["name_local"],
                "path": translated_path,
                "url": translated_path + separator + query,
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
    """Site settings, the language alternates and the site's address, for base.html."""
    return {
        # "https://example.org": the start of the absolute addresses in the page's head.
        "origin": f"{request.scheme}://{request.get_host()}",
        "site_settings": SimpleLazyObject(lambda: site_settings(request)),
        "language_alternates": language_alternates(request),
    }
