"""The help path's seed texts in every language of the site (issue 15, part 2).

The team writes them in pages/seed/translations/<language>.py from the Italian of
content.py. These tests hold each one to the Italian: same keys, same markup, the same
phone links, links that stay in her language, the same numbers. And seed_content fills
them once, on a new site and on one seeded before a language arrived, never over an
editor's text.
"""

import re
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.urls import Resolver404, resolve
from django.utils import translation

from network.models import ContactChannel, HelpDesk, SupportService
from pages.fields import sanitise_html
from pages.models import Page, SeedRecord, SiteSettings
from pages.seed import translations

SOURCES = translations.sources()
LANGUAGES = translations.languages()


class _Markup(HTMLParser):
    """The tags of a text with their attributes, links left aside (checked apart)."""

    def __init__(self):
        super().__init__()
        self.tags = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "href" in attributes:
            self.links.append(attributes.pop("href"))
        self.tags.append((tag, sorted(attributes.items())))

    def handle_endtag(self, tag):
        self.tags.append(("/" + tag,))


def markup(text):
    parser = _Markup()
    parser.feed(text)
    parser.close()
    return parser


def numbers(text):
    """Phone numbers, years and three- or four-digit numbers as the text writes them."""
    plain = re.sub(r"<[^>]+>", " ", text)
    return re.findall(r"\d[\d\u00a0 ]{2,}\d|\b\d{3,4}\b", plain)


def test_the_site_has_seven_languages_beyond_italian_and_english():
    assert LANGUAGES == ["sq", "ro", "ar", "mk", "uk", "fr", "es"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_help_path_text_is_translated_and_nothing_else(language):
    written = translations.texts(language)
    keys = [source.key for source in SOURCES]
    assert [key for key in keys if not (written.get(key) or "").strip()] == []
    assert sorted(set(written) - set(keys)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_keeps_the_markup_the_phone_links_and_the_numbers(language):
    written = translations.texts(language)
    for source in SOURCES:
        italian, text = source.texts["it"], written[source.key]
        original, translated = markup(italian), markup(text)
        assert translated.tags == original.tags, source.key
        assert len(translated.links) == len(original.links), source.key
        for before, after in zip(original.links, translated.links, strict=True):
            if before.startswith("/"):
                # An address of this site leads to the same page in her language.
                assert after == f"/{language}{before}", source.key
                with translation.override(language):
                    resolve(after)
            else:
                assert after == before, source.key
        for number in numbers(italian):
            assert number in text, (source.key, number)
        assert ("\n\n" in text) == ("\n\n" in italian), source.key
        assert text == text.strip(), source.key


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_is_not_the_italian_or_english_text(language):
    written = translations.texts(language)
    copied = [
        source.key
        for source in SOURCES
        # Names kept as they are (a language's own name, a proper name) are short.
        if len(source.texts["it"]) > 40 and written[source.key] in source.texts.values()
    ]
    assert copied == []


def test_links_the_check_looks_at_are_real_addresses():
    # The check above resolves every internal link: an unknown one would not.
    with translation.override("sq"), pytest.raises(Resolver404):
        resolve("/sq/no-such-page/nested/")


def test_every_record_key_fits_the_seed_record():
    limit = SeedRecord._meta.get_field("key").max_length
    longest = max(len(f"translation:{language}:{s.key}") for s in SOURCES for language in LANGUAGES)
    assert longest <= limit


@pytest.mark.django_db
def test_a_new_site_gets_the_help_path_in_every_language(client):
    call_command("seed_content", stdout=StringIO())
    for language in LANGUAGES:
        written = translations.texts(language)
        page = Page.objects.get(slug="navigare-in-sicurezza")
        # As the rich-text field stores it (non-breaking spaces as entities, say).
        assert getattr(page, f"body_{language}") == sanitise_html(
            written["page:navigare-in-sicurezza:body"]
        )
        desk = HelpDesk.objects.get(slug="spazio-anna-c")
        assert getattr(desk, f"name_{language}") == written["helpdesk:spazio-anna-c:name"]
        labels = ContactChannel.objects.filter(label_it="Sportello antiviolenza")
        assert {getattr(c, f"label_{language}") for c in labels} == {
            written["channel-label:Sportello antiviolenza"]
        }
        settings_row = SiteSettings.objects.get()
        assert (
            getattr(settings_row, f"helpline_text_{language}") == written["settings:helpline_text"]
        )
        response = client.get(f"/{language}/navigare-in-sicurezza/")
        assert written["page:navigare-in-sicurezza:title"] in response.content.decode()


@pytest.mark.django_db
def test_a_site_seeded_before_the_languages_gets_them_once_and_keeps_editors_texts():
    call_command("seed_content", stdout=StringIO())
    # As a site seeded before the languages arrived: no translation, none recorded.
    SeedRecord.objects.filter(key__startswith="translation:").delete()
    blank = {f"{field}_{code}": "" for field in ("name", "description") for code in LANGUAGES}
    SupportService.objects.update(**blank)
    # An editor wrote her own Albanian text, and rewrote one service in Italian.
    SupportService.objects.filter(slug="accoglienza").update(description_sq="Teksti i saj.")
    SupportService.objects.filter(slug="assistenza").update(description_it="Testo nuovo.")

    out = StringIO()
    call_command("seed_content", stdout=out)
    assert "Seed translations added" in out.getvalue()

    written = translations.texts("sq")
    welcome = SupportService.objects.get(slug="accoglienza")
    assert welcome.name_sq == written["service:accoglienza:name"]
    assert welcome.description_sq == "Teksti i saj."
    assistance = SupportService.objects.get(slug="assistenza")
    # Her Italian is not the seed's: a translation of the old text would not match it.
    assert assistance.description_sq in ("", None)
    assert assistance.name_sq == written["service:assistenza:name"]

    # A text an editor empties afterwards stays empty.
    SupportService.objects.filter(slug="accoglienza").update(name_fr="")
    out = StringIO()
    call_command("seed_content", stdout=out)
    assert "Seed translations added" not in out.getvalue()
    assert SupportService.objects.get(slug="accoglienza").name_fr == ""


def test_settings_defaults_speak_every_language():
    # What the emergency bar says when the database cannot be read.
    row = SiteSettings.defaults()
    for language in LANGUAGES:
        for field in ("service_name", "helpline_text", "emergency_text"):
            assert getattr(row, f"{field}_{language}"), (field, language)


def test_every_source_points_at_a_translated_field():
    from modeltranslation.translator import translator

    for source in SOURCES:
        model = apps.get_model(source.model)
        assert source.field in translator.get_options_for_model(model).all_fields, source.key
    assert {code for code, _name in settings.LANGUAGES} == {"it", "en", *LANGUAGES}
