import functools

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info, gettext, override

from operations.freshness import NEVER, page_true_until

from .models import SiteSettings


def _paths_in_every_language(view_name, args=(), kwargs=None):
    """A view's address reversed in each language; None when it cannot be rebuilt.

    Built from what Django resolved, never from the raw request path: `//evil.example.com/`
    or `/\\evil.example.com/` would then be printed as a link that browsers follow
    off-site. `reverse()` percent-encodes what it puts in a path and never starts one
    with `//`."""
    paths = []
    for code, _name in settings.LANGUAGES:
        with override(code):
            try:
                paths.append(reverse(view_name, args=args, kwargs=kwargs))
            except NoReverseMatch:
                return None
    return tuple(paths)


def page_addresses(request, error_page=False):
    """The same page in every language: `path` for the hreflang links and the canonical
    link (without the query string), `url` for the language switcher (with it: a search
    stays the same search). Built from the address Django resolved.

    `canonical_path` is the page's own address in the current language, for the canonical
    and Open Graph links. An error page, or an address nothing resolved, has none, and its
    language switcher links to the home page of each language."""
    match = None if error_page else getattr(request, "resolver_match", None)
    translated = None
    if match is not None:
        translated = _paths_in_every_language(match.view_name, match.args, match.kwargs)
    # The query string as Django gives it (percent-encoded), only after a resolved path.
    resolved = translated is not None
    query = request.get_full_path().partition("?")[2] if resolved else ""
    if not resolved:
        translated = _paths_in_every_language("pages:home")
    current = get_language()
    alternates = []
    for (code, _name), translated_path in zip(settings.LANGUAGES, translated, strict=True):
        alternates.append(
            {
                "code": code,
                # Capitalised as a label: "Italiano", "Shqip", "Español".
                "name_local": capfirst(get_language_info(code)["name_local"]),
                "path": translated_path,
                "url": translated_path + ("?" + query if query else ""),
                "current": code == current,
                "offer": _offers()[code],
            }
        )
    canonical = next((item["path"] for item in alternates if item["current"]), None)
    return {
        "language_alternates": alternates,
        "canonical_path": canonical if resolved else None,
    }


def site_settings(request):
    """The settings. A page rendered with their defaults (no row, or the database not
    answering) is true for no time at all: nothing in front of the app keeps it."""
    row = SiteSettings.load()
    if row._state.adding:
        page_true_until(request, NEVER)
    return row


@functools.cache
def _offers():
    """{code: "Read this page in <that language>", written in that language}: what the
    page offers a visitor whose browser asks for another of the site's languages
    (static/js/language-offer.js). Never a redirect: a link she may follow."""
    offers = {}
    for code, _name in settings.LANGUAGES:
        with override(code):
            # Translators: name YOUR OWN language here, not English ("Leggi questa
            # pagina in italiano"): the line is shown in your language to a visitor whose
            # browser asks for it.
            offers[code] = str(gettext("Read this page in English"))
    return offers


# Open Graph's locale (language_TERRITORY) of each language of the site.
OG_LOCALES = {
    "it": "it_IT",
    "en": "en_GB",
    "sq": "sq_AL",
    "ro": "ro_RO",
    "ar": "ar_AR",
    "mk": "mk_MK",
    "uk": "uk_UA",
    "fr": "fr_FR",
    "es": "es_ES",
}


def site(request):
    """Site settings, the language alternates and the site's address, for base.html."""
    return {
        # "https://example.org": the start of the absolute addresses in the page's head.
        "origin": f"{request.scheme}://{request.get_host()}",
        "og_locale": OG_LOCALES.get(get_language(), OG_LOCALES[settings.LANGUAGE_CODE]),
        "site_settings": SimpleLazyObject(lambda: site_settings(request)),
        **page_addresses(request),
    }
