"""Italian shown in another language is marked as Italian, and said (issue 15).

Where a text has no translation in the visitor's language, the site shows the Italian one
(django-modeltranslation's fallback). The element that holds it carries lang="it", so that
a screen reader pronounces it as Italian; and a page whose main content is Italian says, in
her language, that it is available in Italian and English (editing/fallback.py).
"""

import html as html_module
import importlib.util
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.utils import translation
from django.utils.html import strip_tags
from modeltranslation.translator import translator

from network.models import HelpDesk, Municipality, Protocol
from pages.models import Page
from pages.seed.translations import HELP_PAGE_SLUGS

from .helpers import po_entries
from .test_site import in_language, public_paths

ITALIAN = "it"
# Two languages the help path is translated into (one of them right-to-left) and English.
CHECKED_LANGUAGES = ("sq", "ar", "en")
# Shorter texts (a name such as "ASL AT") may well be the same in every language.
MIN_LENGTH = 20
# A rich-text body is looked for by the start of its text.
RICH_TEXT_START = 60
# Alt texts are attributes: they cannot be marked with lang (and are not page text).
ALT_TEXT_FIELDS = {"image_alt", "logo_alt"}
# Elements whose text is not read as part of the page.
NOT_PAGE_TEXT = {"head", "script", "style", "template"}
VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
NOTICE_CLASS = "content-languages"

# pytest-django creates the test database only for a session that has a test marked so:
# without it, this module run alone would render the pages from the development database.
pytestmark = pytest.mark.django_db


def squeezed(text):
    """Text without any whitespace: a line break, <br> or tag boundary changes nothing."""
    return "".join(text.split())


def plain_text(value):
    return " ".join(html_module.unescape(strip_tags(value)).split())


def catalogue_text(language):
    """The translations of the interface into `language` (its .po catalogue), squeezed."""
    path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
    if not path.exists():
        return ""
    return squeezed(
        "\x00".join(
            text
            for entry in po_entries(path)
            for key, text in entry.items()
            if key.startswith("msgstr")
        )
    )


def untranslated_italian(language):
    """{Italian text: where it comes from} for every text of the database that has no
    translation in `language` and shows the Italian one instead.

    Left out: an Italian text that the interface's own translation uses as it is (the
    name "Servizio Pari Opportunità", kept in Italian in some catalogues)."""
    interface = catalogue_text(language)
    found = {}
    for model in translator.get_registered_models(abstract=False):
        fields = [
            f for f in translator.get_options_for_model(model).fields if f not in ALT_TEXT_FIELDS
        ]
        for obj in model._base_manager.all():
            for field in fields:
                italian = getattr(obj, f"{field}_{ITALIAN}", None) or ""
                if not italian or getattr(obj, f"{field}_{language}", None):
                    continue
                text = plain_text(italian)
                if len(text) < MIN_LENGTH:
                    continue
                if strip_tags(italian) != italian:
                    text = text[:RICH_TEXT_START]
                if squeezed(text) not in interface:
                    found[squeezed(text)] = f"{model.__name__} {obj.pk} {field}"
    return found


class TextNotMarkedItalian(HTMLParser):
    """The text of a page's body outside any element whose language is Italian (the
    nearest lang attribute decides)."""

    def __init__(self, page_language):
        super().__init__(convert_charrefs=True)
        self.stack = [("", page_language)]
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID_ELEMENTS:
            return
        self.stack.append((tag, dict(attrs).get("lang") or self.stack[-1][1]))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if any(tag in NOT_PAGE_TEXT for tag, _lang in self.stack):
            return
        # A separator where Italian text was left out: what is before and after it never
        # joins into one text.
        self.parts.append(data if self.stack[-1][1] != ITALIAN else "\x00")


def text_not_marked_italian(html, language):
    parser = TextNotMarkedItalian(language)
    parser.feed(html)
    parser.close()
    return squeezed("".join(parser.parts))


class NoticeLinks(HTMLParser):
    """The addresses the notice links to, or None when the page has no notice."""

    def __init__(self):
        super().__init__()
        self.links = None
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth:
            self.depth += tag not in VOID_ELEMENTS
            if tag == "a":
                self.links.append(attrs["href"])
        elif NOTICE_CLASS in (attrs.get("class") or "").split():
            assert self.links is None, "two notices"
            self.links = []
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1


def notice_links(html):
    parser = NoticeLinks()
    parser.feed(html)
    return parser.links


def help_path_translated(language):
    return importlib.util.find_spec(f"pages.seed.translations.{language}") is not None


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """Every public page in the checked languages, rendered once, with the texts each
    language lacks (in a transaction rolled back after)."""
    pages = {}
    with (
        django_db_blocker.unblock(),
        transaction.atomic(),
        translation.override(settings.LANGUAGE_CODE),
    ):
        call_command("seed_content", stdout=StringIO())
        untranslated = {code: untranslated_italian(code) for code in CHECKED_LANGUAGES}
        paths = {
            "protocol": Protocol.objects.published().first().get_absolute_url(),
            "help pages": [
                page.get_absolute_url()
                for page in Page.objects.published().filter(slug__in=HELP_PAGE_SLUGS)
            ],
            "desks": [desk.get_absolute_url() for desk in HelpDesk.objects.published()],
            "comuni": [comune.get_absolute_url() for comune in Municipality.objects.all()],
        }
        client = Client()
        for path in public_paths():
            for code in CHECKED_LANGUAGES:
                url = in_language(path, code)
                response = client.get(url)
                assert response.status_code == 200, url
                pages[url] = (code, response.content.decode())
        transaction.set_rollback(True)
    return {"pages": pages, "untranslated": untranslated, "paths": paths}


def test_the_seed_leaves_texts_in_italian_only_in_these_languages(site):
    # Otherwise the test below would check nothing: the protocol, the acts, the contacts
    # are written in Italian and English only.
    assert len(site["untranslated"]["sq"]) > 20
    assert len(site["untranslated"]["ar"]) > 20


def test_italian_text_is_shown_only_inside_an_element_marked_italian(site):
    unmarked = []
    for url, (code, html) in site["pages"].items():
        outside = text_not_marked_italian(html, code)
        unmarked += [
            (url, source) for text, source in site["untranslated"][code].items() if text in outside
        ]
    assert unmarked == []


def test_the_text_check_sees_italian_outside_the_marked_elements():
    html = (
        '<html lang="sq"><head><title>Titolo in italiano</title></head><body>'
        '<h1 lang="it">Il protocollo della rete</h1><p>Teksti shqip <span lang="it">'
        "in italiano</span> dhe</p><ul><li>un elenco<br>in italiano</li></ul></body></html>"
    )
    outside = text_not_marked_italian(html, "sq")
    assert squeezed("Teksti shqip") in outside
    assert squeezed("un elenco in italiano") in outside
    assert squeezed("Il protocollo della rete") not in outside
    assert squeezed("Titolo in italiano") not in outside
    assert squeezed("shqip dhe") not in outside


@pytest.mark.parametrize("language", ["sq", "ar"])
def test_a_page_in_italian_says_it_is_available_in_italian_and_english(site, language):
    for path in ("/servizio/", site["paths"]["protocol"]):
        html = site["pages"][f"/{language}{path}"][1]
        assert notice_links(html) == [path, f"/en{path}"], path
        # Near the top of the main content: before the page's heading.
        assert html.index(f'class="{NOTICE_CLASS}"') < html.index("<h1")
        assert html.index('id="main-content"') < html.index(f'class="{NOTICE_CLASS}"')


def test_a_page_in_her_language_has_no_notice(site):
    for url in ("/", "/servizio/", site["paths"]["protocol"], "/rete/", "/atti/"):
        assert notice_links(site["pages"][in_language(url, "en")][1]) is None, url


@pytest.mark.parametrize("language", ["sq", "ar"])
def test_the_help_path_has_no_notice_once_translated(site, language):
    if not help_path_translated(language):
        pytest.skip(
            f"the help path is not translated into {language} yet (pages/seed/translations)"
        )
    paths = ["/", "/sportelli/", *site["paths"]["help pages"]]
    paths += site["paths"]["desks"] + site["paths"]["comuni"]
    for path in paths:
        html = site["pages"][in_language(path, language)][1]
        assert notice_links(html) is None, path


def test_an_english_page_names_only_the_languages_it_is_written_in(site):
    # An English page is shown in Italian only where it has no English text (the
    # easy-to-read page, by design): it then names Italian alone.
    for url, (code, html) in site["pages"].items():
        links = notice_links(html)
        if code == "en" and links is not None:
            assert links == [url.removeprefix("/en")], url


def test_a_search_result_in_italian_is_marked_italian(seeded, client):
    protocol = Protocol.objects.published().first()
    html = client.get("/sq/cerca/?q=protocollo").content.decode()
    assert f'lang="it">{protocol.title_it}</a></h2>' in html.replace("&#x27;", "'")
    assert notice_links(html) is None
    # In Italian nothing is marked.
    html = client.get("/cerca/?q=protocollo").content.decode()
    assert 'lang="it">' not in html.split('id="main-content"', 1)[1]
