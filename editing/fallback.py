"""Texts a page shows in Italian because the visitor's language has none (issue 15).

django-modeltranslation shows a field's Italian text where the current language has none
(MODELTRANSLATION_FALLBACK_LANGUAGES). The element that shows such a text says that it is
Italian (`{% lang_fallback %}`, editing_tags), so that a screen reader pronounces it as
Italian; and a page whose main content is shown in Italian says so at the top, in the
visitor's language, with links to the page in the languages it is written in
(`content_languages()`, set by each view as `content_languages`, shown by base.html).

Everything is written in Italian and most of it in English; the help path is also in the
site's other languages (pages/seed/translations).
"""

from django.conf import settings
from django.utils.translation import get_language

ITALIAN = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
ENGLISH = "en"


def current_language():
    return get_language() or settings.LANGUAGE_CODE


def falls_back(obj, field, language=None):
    """True when the page shows the Italian text of `obj.field` in `language` (the
    current one by default) because that language has none."""
    language = language or current_language()
    if obj is None or language == ITALIAN:
        return False
    return bool(getattr(obj, f"{field}_{ITALIAN}", None)) and not getattr(
        obj, f"{field}_{language}", None
    )


def _any_falls_back(groups, language):
    return any(
        falls_back(obj, field, language)
        for objects, fields in groups
        for obj in objects
        for field in fields
    )


def content_languages(*groups, language=None):
    """The languages to name in the page's notice (("it", "en"), or ("it",) when the
    English text is missing too), or () when the visitor's language has the main content
    of the page and no notice is shown.

    Each group is (objects, fields): the texts that are the page's main content, e.g.
    `content_languages(([page], ("title", "summary", "body")))`; a list page passes the
    objects it lists. The notice is shown as soon as one of them is shown in Italian."""
    groups = [(list(objects), fields) for objects, fields in groups]
    language = language or current_language()
    if language == ITALIAN or not _any_falls_back(groups, language):
        return ()
    if language != ENGLISH and not _any_falls_back(groups, ENGLISH):
        return (ITALIAN, ENGLISH)
    return (ITALIAN,)
