"""Site search across pages, desks, network bodies, acts and comuni, in the current language.

PostgreSQL uses full-text search with the language's own configuration (stemming, stop
words); any other database falls back to a case-insensitive substring match. Both also
match substrings of names, so "Canel" finds Canelli.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

from editing.fallback import ITALIAN, falls_back
from network.models import HelpDesk, Municipality, Organisation, Protocol

from .models import Deliberation, Page

MAX_QUERY_LENGTH = 100
# Hits shown of each kind (desks, comuni, pages…): a word found in a thousand pages gives
# the best ten of each, and the page says to add a word, instead of a list nobody reads
# (and that took a search longer to render than any other page: issue 16).
MAX_RESULTS_PER_KIND = 10
SUMMARY_LENGTH = 220
# PostgreSQL's text-search configuration of each language; "simple" (no stemming, no stop
# words) where it has none: Albanian, Macedonian, Ukrainian.
POSTGRES_CONFIGS = {
    "it": "italian",
    "en": "english",
    "ro": "romanian",
    "ar": "arabic",
    "fr": "french",
    "es": "spanish",
}


@dataclass(frozen=True)
class Hit:
    kind: str
    title: str
    summary: str
    url: str
    # "it" for a text shown in Italian because the language searched in has none (its
    # element is marked so, editing/fallback.py), "" otherwise.
    title_lang: str = ""
    summary_lang: str = ""


@dataclass(frozen=True)
class Source:
    label: str
    queryset: object  # a callable returning the published objects
    fields: tuple
    title: str
    summary: str | None
    # What get_absolute_url() reads: with the title and summary, all a hit loads of a row
    # (every language of a page's body would be read for nothing).
    url_fields: tuple = ("slug",)

    def shown(self):
        return self.queryset().only(*self.url_fields, self.title, *filter(None, [self.summary]))


SOURCES = [
    Source(
        _("Help desk"), HelpDesk.objects.published, ("name", "description"), "name", "description"
    ),
    Source(_("Comune"), Municipality.objects.all, ("name",), "name", None, ("istat_code",)),
    Source(_("Page"), Page.objects.published, ("title", "summary", "body"), "title", "summary"),
    Source(_("Network body"), Organisation.objects.published, ("name", "role"), "name", "role"),
    Source(
        _("Protocol"), Protocol.objects.published, ("title", "summary", "body"), "title", "summary"
    ),
    Source(
        _("Act"),
        Deliberation.objects.published,
        ("title", "summary", "number"),
        "title",
        "summary",
        ("date", "slug"),
    ),
]
NAME_FIELDS = {"name", "title", "number"}
# Models whose documents PostgreSQL stores, per language, in a `search_<language>` column
# written by a trigger from the same columns `columns()` lists (pages migrations 0005, 0009):
# a thousand pages are then searched in milliseconds instead of a third of a second.
STORED_DOCUMENTS = {
    model: {code for code, _name in settings.LANGUAGES}
    for model in (Page, HelpDesk, Organisation, Protocol, Deliberation)
}


def clean_query(raw):
    """The query as searched, or "" when there is nothing meaningful to look for."""
    query = " ".join((raw or "").split())[:MAX_QUERY_LENGTH]
    return query if any(ch.isalnum() for ch in query) else ""


def columns(model, field, language):
    """The columns to search for a field: the visitor's language, then Italian (fallback)."""
    try:
        translated = field in translator.get_options_for_model(model).all_fields
    except NotRegistered:
        translated = False
    if not translated:
        return [field]
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    names = [f"{field}_{language}"]
    if language != default:
        names.append(f"{field}_{default}")
    return names


def search(raw_query, language):
    """(the query as searched, its hits, whether some kind had more hits than shown)."""
    query = clean_query(raw_query)
    if not query:
        return query, [], False
    hits = []
    more = False
    for source in SOURCES:
        # One more than shown, to know whether there are more.
        matches = list(
            _match(source.shown(), query, source.fields, language)[: MAX_RESULTS_PER_KIND + 1]
        )
        more = more or len(matches) > MAX_RESULTS_PER_KIND
        for obj in matches[:MAX_RESULTS_PER_KIND]:
            summary = getattr(obj, source.summary) if source.summary else ""
            hits.append(
                Hit(
                    kind=source.label,
                    title=getattr(obj, source.title),
                    # What the results page shows of it, and no more to keep in memory.
                    summary=Truncator(" ".join(strip_tags(summary or "").split())).chars(
                        SUMMARY_LENGTH
                    ),
                    url=obj.get_absolute_url(),
                    title_lang=ITALIAN if falls_back(obj, source.title, language) else "",
                    summary_lang=(
                        ITALIAN
                        if source.summary and falls_back(obj, source.summary, language)
                        else ""
                    ),
                )
            )
    return query, hits, more


def _match(queryset, query, fields, language):
    substring = Q()
    for field in fields:
        if field in NAME_FIELDS or connection.vendor != "postgresql":
            for column in columns(queryset.model, field, language):
                substring |= Q(**{f"{column}__icontains": query})
    if connection.vendor != "postgresql":
        return queryset.filter(substring)
    config = POSTGRES_CONFIGS.get(language, "simple")
    search_query = SearchQuery(query, config=config, search_type="websearch")
    if language in STORED_DOCUMENTS.get(queryset.model, ()):
        # The model's own table (never a subquery's alias: the queryset is used as is).
        table = queryset.model._meta.db_table
        document = RawSQL(f'"{table}"."search_{language}"', [], output_field=SearchVectorField())
    else:
        document = SearchVector(
            *[column for field in fields for column in columns(queryset.model, field, language)],
            config=config,
        )
    return (
        queryset.annotate(rank=SearchRank(document, search_query))
        .filter(Q(rank__gt=0) | substring)
        .order_by("-rank", "pk")
    )
