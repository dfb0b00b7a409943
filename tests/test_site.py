"""Site-wide rules checked on every public URL, in every language."""

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation

from network.models import HelpDesk, Municipality, Organisation, Protocol
from pages.context_processors import OG_LOCALES
from pages.models import Deliberation, Page

from .helpers import count_tags, po_msgids, po_translations, tag_attrs
from .test_hostile_input import links_that_leave

BASE_DIR = Path(settings.BASE_DIR)


def public_paths():
    """Every public page of the seeded site, as Italian paths."""
    with translation.override(settings.LANGUAGE_CODE):
        return _public_paths()


def _public_paths():
    paths = [
        reverse("pages:home"),
        reverse("pages:service"),
        reverse("pages:acts"),
        reverse("pages:contacts"),
        reverse("network:network"),
        reverse("network:helpdesks"),
        reverse("opendata:index"),
    ]
    paths += [page.get_absolute_url() for page in Page.objects.published()]
    paths += [obj.get_absolute_url() for obj in Organisation.objects.published()]
    paths += [obj.get_absolute_url() for obj in Protocol.objects.published()]
    paths += [obj.get_absolute_url() for obj in HelpDesk.objects.published()]
    paths += [obj.get_absolute_url() for obj in Deliberation.objects.published()]
    paths += [obj.get_absolute_url() for obj in Municipality.objects.all()]
    return sorted(set(paths))


def in_language(path, code):
    return path if code == settings.LANGUAGE_CODE else f"/{code}{path}"


@pytest.fixture(scope="module")
def all_pages(django_db_setup, django_db_blocker):
    """Every public page of the seeded site in every language, rendered once for the tests
    of this module, which only read the answers (in a transaction rolled back after)."""
    pages = {}
    with (
        django_db_blocker.unblock(),
        transaction.atomic(),
        translation.override(settings.LANGUAGE_CODE),
    ):
        call_command("seed_content", stdout=StringIO())
        client = Client()
        for path in public_paths():
            for code, _name in settings.LANGUAGES:
                url = in_language(path, code)
                pages[url] = (code, client.get(url))
        transaction.set_rollback(True)
    return pages


def test_every_public_page_renders_in_every_language(all_pages):
    # 117 comuni + the other pages, twice.
    assert len(all_pages) > 2 * 140
    for url, (_code, response) in all_pages.items():
        assert response.status_code == 200, url


def test_every_page_has_exactly_one_h1_and_its_language(all_pages):
    for url, (code, response) in all_pages.items():
        html = response.content.decode()
        assert count_tags(html, "h1") == 1, url
        assert f'<html lang="{code}"' in html, url
        assert f'<link rel="canonical" href="http://testserver{url}">' in html, url
        assert 'hreflang="x-default"' in html, url


def test_every_page_links_only_to_itself_in_its_head_and_language_switcher(all_pages):
    for url, (_code, response) in all_pages.items():
        assert links_that_leave(response.content.decode()) == [], url


def test_every_page_has_emergency_numbers_skip_link_and_main(all_pages):
    for url, (_code, response) in all_pages.items():
        html = response.content.decode()
        assert 'href="tel:1522"' in html, url
        assert 'href="tel:112"' in html, url
        assert 'href="#main-content"' in html, url
        assert count_tags(html, "main") == 1 and 'id="main-content"' in html, url


def test_no_page_makes_the_browser_ask_for_an_icon(all_pages):
    # An empty icon: no request for /favicon.ico (a 404 in every first visit's console)
    # and nothing in a tab, the history or a bookmark that tells which site it was.
    for url, (_code, response) in all_pages.items():
        icons = [
            link
            for link in tag_attrs(response.content.decode(), "link")
            if link.get("rel") == "icon"
        ]
        assert icons == [{"rel": "icon", "href": "data:,"}], url


def test_every_page_has_a_description_and_open_graph_tags(all_pages):
    descriptions = set()
    for url, (code, response) in all_pages.items():
        metas = tag_attrs(response.content.decode(), "meta")
        by_name = {m["name"]: m["content"] for m in metas if "name" in m}
        by_property = {m["property"]: m["content"] for m in metas if "property" in m}
        assert by_name["description"].strip(), url
        # 300 letters as a reader counts them: Arabic vowel marks sit on their letter.
        letters = [ch for ch in by_name["description"] if not unicodedata.combining(ch)]
        assert len(letters) <= 300, url
        assert by_property["og:title"].strip(), url
        assert by_property["og:description"] == by_name["description"], url
        assert by_property["og:url"] == f"http://testserver{url}", url
        assert by_property["og:image"] == "http://testserver/static/img/share.png", url
        assert by_property["og:locale"] == OG_LOCALES[code], url
        assert by_property["og:locale"].startswith(f"{code}_"), url
        descriptions.add(by_name["description"])
    # Not one generic text everywhere: most pages describe themselves.
    assert len(descriptions) > len(all_pages) // 2
    assert (BASE_DIR / "static/img/share.png").is_file()


def test_search_and_rating_pages_are_not_indexed(seeded, client):
    for url in ("/cerca/?q=1522", "/en/cerca/?q=1522"):
        assert '<meta name="robots" content="noindex">' in client.get(url).content.decode()
    html = client.get("/").content.decode()
    assert 'name="robots"' not in html


def test_language_link_leads_to_the_same_page_in_every_other_language(all_pages):
    codes = [code for code, _name in settings.LANGUAGES]
    for url, (code, response) in all_pages.items():
        path = url if code == settings.LANGUAGE_CODE else url.removeprefix(f"/{code}")
        links = {
            attrs["hreflang"]: attrs["href"]
            for attrs in tag_attrs(response.content.decode(), "a")
            if attrs.get("hreflang") in codes
        }
        assert links == {other: in_language(path, other) for other in codes if other != code}, url


def test_the_switcher_keeps_the_query_string_and_the_hreflang_links_do_not(seeded, client):
    html = client.get("/cerca/?q=centro+antiviolenza&pagina=2").content.decode()
    switcher = [attrs["href"] for attrs in tag_attrs(html, "a") if attrs.get("hreflang") == "en"]
    alternates = {
        attrs["hreflang"]: attrs["href"]
        for attrs in tag_attrs(html, "link")
        if attrs.get("rel") == "alternate"
    }

    # The same search in English; search engines get the page's own address, as canonical.
    assert switcher == ["/en/cerca/?q=centro+antiviolenza&pagina=2"]
    assert alternates == {
        "it": "http://testserver/cerca/",
        **{
            code: f"http://testserver/{code}/cerca/"
            for code, _name in settings.LANGUAGES
            if code != "it"
        },
        "x-default": "http://testserver/cerca/",
    }


def test_english_pages_show_english_content(seeded, client):
    html = client.get("/en/servizio/").content.decode()
    assert "<h1>Equal Opportunities</h1>" in html
    assert "Labour and Social Policies Area" in html
    html = client.get("/servizio/").content.decode()
    assert "<h1>Le Pari Opportunità</h1>" in html


def test_anonymous_visitors_get_no_cookie_and_a_strict_policy(all_pages):
    for url, (_code, response) in all_pages.items():
        assert not response.cookies, url
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "style-src 'self'" in policy, url
        assert "unsafe-inline" not in policy, url
        assert response["Referrer-Policy"] == "no-referrer", url


def test_unknown_page_is_404(seeded, client):
    assert client.get("/pagina-che-non-esiste/").status_code == 404
    assert client.get("/sportelli/comune/999999/").status_code == 404


def test_no_pending_migrations(db):
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_translation_catalogues_are_complete():
    catalogues = sorted((BASE_DIR / "locale").glob("*/LC_MESSAGES/django.po"))
    assert catalogues, "no catalogue found"
    for po in catalogues:
        result = subprocess.run(
            ["msgfmt", "--statistics", "--check", "-o", "/dev/null", str(po)],
            capture_output=True,
            text=True,
            env={"LC_ALL": "C"},
        )
        assert result.returncode == 0, result.stderr
        assert "untranslated" not in result.stderr, f"{po}: {result.stderr}"
        assert "fuzzy" not in result.stderr, f"{po}: {result.stderr}"


def test_catalogue_covers_every_interface_string(tmp_path):
    """makemessages, run on a copy of the code, finds no string the catalogue lacks."""
    copy = tmp_path / "project"
    shutil.copytree(
        BASE_DIR,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv", "node_modules", ".git", "static", "staticfiles", "media", "tests", "*.sqlite3"
        ),
    )
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "it", "--keep-pot", "-v", "0"],
        cwd=copy,
        check=True,
        env={**os.environ, "DJANGO_DEBUG": "1"},
    )
    fresh = po_msgids(copy / "locale" / "django.pot")
    assert len(fresh) > 100
    # Every language's catalogue, not only the Italian one.
    catalogues = sorted((BASE_DIR / "locale").glob("*/LC_MESSAGES/django.po"))
    assert catalogues
    for po in catalogues:
        assert fresh - po_msgids(po) == set(), po


def test_sitemap_lists_every_public_page_in_every_language_with_alternates(seeded, client):
    Organisation.objects.filter(slug="questura-di-asti").update(published=False)
    xml = client.get("/sitemap.xml").content.decode()
    locations = set(re.findall(r"<loc>http://testserver(.*?)</loc>", xml))
    expected = {
        in_language(path, code) for path in public_paths() for code, _name in settings.LANGUAGES
    }
    assert locations == expected
    assert "/rete/membri/questura-di-asti/" not in xml
    assert 'hreflang="en" href="http://testserver/en/sportelli/spazio-anna-c/"' in xml
    assert 'hreflang="x-default"' in xml


def test_robots_txt_points_at_the_sitemap(db, client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Allow: /" in response.content.decode()
    # Not even the default admin path: robots.txt must not reveal a DJANGO_ADMIN_URL.
    assert "admin" not in response.content.decode()


def test_only_the_exit_button_is_named_exit(all_pages):
    # Voice control ("click Esci") and screen readers' link lists find one control to
    # leave the site, not the skip link that leads to it.
    import re

    labels = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            labels[code] = translation.gettext("Exit this page")
    for url, (code, response) in all_pages.items():
        html = response.content.decode()
        names = [
            " ".join(re.sub(r"<[^>]+>", "", name).split())
            for name in re.findall(r"<a\b[^>]*>(.*?)</a>", html, flags=re.S)
        ]
        exit_word = labels[code].split()[0].lower()
        leaving = [
            name
            for name in names
            if re.search(r"\b(esci|exit)\b", name, re.I) or exit_word in name.lower()
        ]
        assert leaving == [labels[code]], (url, leaving)


class _TextOutsideItalian(HTMLParser):
    """A page body's text outside any element marked lang="it", pieces kept apart."""

    VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack, self.parts, self.in_body = [], [], False

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag in self.VOID:
            return
        self.stack.append(dict(attrs).get("lang") == "it" or tag in ("script", "style"))

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.in_body and not any(self.stack):
            self.parts.append(data)


def _italian_interface_pieces():
    """Pieces of the Italian catalogue's texts long enough to be recognised (20 characters
    between placeholders and tags), with the msgid each translates."""
    italian = po_translations(BASE_DIR / "locale" / "it" / "LC_MESSAGES" / "django.po")
    pieces = {}
    for key, text in italian.items():
        for piece in re.split(r"<[^>]+>|%\(\w+\)[sd]|%[sd]|\{\{.*?\}\}", text):
            piece = " ".join(piece.split())
            if len(piece) >= 20:
                pieces[piece] = key
    return pieces


def test_no_page_in_another_language_shows_italian_interface_text(all_pages):
    # A template string left untranslated, or written in Italian, shows up here.
    pieces = _italian_interface_pieces()
    catalogues = {
        code: po_translations(BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po")
        for code, _name in settings.LANGUAGES
        if code not in ("it", "en")
    }
    found = set()
    for url, (code, response) in all_pages.items():
        if code == "it":
            continue
        parser = _TextOutsideItalian()
        parser.feed(response.content.decode())
        text = " ".join(" ".join(parser.parts).split())
        for piece, key in pieces.items():
            # Unless that language's own translation says the same (a proper name).
            same = piece in " ".join(catalogues.get(code, {}).get(key, "").split())
            if not same and piece in text:
                found.add((code, url, piece))
    assert sorted(found)[:10] == []
