"""The help path's seed texts in the site's languages beyond Italian and English.

content.py holds each text in Italian (the original) and English. The pages a woman in
danger reads (the desks and their services, the safe-browsing page, "what happens when you
call", "if you cannot talk", "recognising violence", the bodies a comune page names, the
help numbers' texts) are also in every other language of the site: one module per language
(sq.py, ro.py, …) with a TEXTS dict keyed as `sources()` names them. The team writes them
from the Italian, with the English beside it; staff have native speakers review them in
the admin. seed_content fills each text once, where the object's Italian is still the
seed's and its text in that language is empty (never over an editor's).
"""

import importlib
from dataclasses import dataclass
from functools import cache

from django.conf import settings

from .. import content

# The languages content.py writes itself.
IN_CONTENT = ("it", "en")
# The pages of the help path (the easy-to-read page is Italian only, by design).
HELP_PAGE_SLUGS = (
    "sportelli",
    "navigare-in-sicurezza",
    "cosa-succede-quando-chiami",
    "se-non-puoi-parlare",
    "riconoscere-la-violenza",
)
# The bodies a comune page or a desk page names.
HELP_ORGANISATION_SLUGS = (
    "comune-di-asti",
    "consorzio-cisa-asti-sud",
    "consorzio-cogesa-asti-nord",
    "consorzio-servizi-socio-assistenziali-chierese",
    "croce-rossa-italiana",
    "asl-at",
)


@dataclass(frozen=True)
class Source:
    """One seed text: which object holds it (model, lookup), which field, and its texts."""

    key: str
    model: str
    lookup: tuple
    field: str
    texts: dict  # {"it": …, "en": …}


def sources():
    """Every help-path text to translate, in a stable order."""
    items = []
    pages = {page["slug"]: page for page in content.PAGES}
    for slug in HELP_PAGE_SLUGS:
        for field in ("title", "summary", "body"):
            items.append(
                Source(
                    f"page:{slug}:{field}", "pages.Page", ("slug", slug), field, pages[slug][field]
                )
            )
    for service in content.SERVICES:
        for field in ("name", "description"):
            items.append(
                Source(
                    f"service:{service['slug']}:{field}",
                    "network.SupportService",
                    ("slug", service["slug"]),
                    field,
                    service[field],
                )
            )
    labels = {}
    for desk in content.HELP_DESKS:
        for field in ("name", "description"):
            items.append(
                Source(
                    f"helpdesk:{desk['slug']}:{field}",
                    "network.HelpDesk",
                    ("slug", desk["slug"]),
                    field,
                    desk[field],
                )
            )
        for channel in desk["channels"]:
            if channel["label"]["it"]:  # a channel may have no label
                labels[channel["label"]["it"]] = channel["label"]
    for italian, texts in labels.items():
        items.append(
            Source(
                f"channel-label:{italian}",
                "network.ContactChannel",
                ("label_it", italian),
                "label",
                texts,
            )
        )
    organisations = {o["slug"]: o for o in [*content.ORGANISATIONS, content.ASL_AT]}
    for slug in HELP_ORGANISATION_SLUGS:
        for field in ("name", "short_name", "role"):
            if field in organisations[slug]:
                items.append(
                    Source(
                        f"organisation:{slug}:{field}",
                        "network.Organisation",
                        ("slug", slug),
                        field,
                        organisations[slug][field],
                    )
                )
    for code, name_it, name_en in content.LANGUAGES:
        items.append(
            Source(
                f"language:{code}:name",
                "network.Language",
                ("code", code),
                "name",
                {"it": name_it, "en": name_en},
            )
        )
    from pages.models import DEFAULT_SETTINGS_TEXTS

    for field, texts in DEFAULT_SETTINGS_TEXTS.items():
        items.append(Source(f"settings:{field}", "pages.SiteSettings", ("pk", 1), field, texts))
    return items


def languages():
    """The site's languages whose help-path texts live in this package."""
    return [code for code, _name in settings.LANGUAGES if code not in IN_CONTENT]


@cache
def texts(language):
    """{key: text} of a language; {} for a language without a module."""
    try:
        module = importlib.import_module(f"{__name__}.{language}")
    except ModuleNotFoundError:
        return {}
    return module.TEXTS
