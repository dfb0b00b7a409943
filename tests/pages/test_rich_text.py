"""Page bodies: the rich-text editor in the admin, one allow-list, sanitised whatever is posted."""

import json
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.staticfiles import finders
from django.urls import reverse
from django_prose_editor.config import allowlist_from_extensions

from pages.fields import allow_list, is_external, sanitise_html
from pages.models import Page

from ..helpers import form_data, login_verified, tag_attrs

EDITOR_ATTRIBUTE = "data-django-prose-editor-configurable"
# What the toolbar can make, and so all the sanitiser may keep.
EXPECTED_TAGS = {"p", "br", "h2", "h3", "h4", "strong", "em", "ul", "ol", "li", "a", "blockquote"}


@pytest.fixture
def editor_client(seeded, client):
    """A member of the "Redattori" group, signed in to the admin."""
    user = get_user_model().objects.create_user(
        "redattrice", "redattrice@example.org", "x" * 16, is_staff=True
    )
    user.groups.add(Group.objects.get(name="Redattori"))
    login_verified(client, user)
    return client


@pytest.fixture
def page():
    return Page.objects.get(slug="navigare-in-sicurezza")


def change_url(page):
    return reverse("admin:pages_page_change", args=[page.pk])


def editor_configs(html):
    """{textarea name: the editor's configuration} for every rich-text editor on the page."""
    return {
        attrs["name"]: json.loads(attrs[EDITOR_ATTRIBUTE])
        for attrs in tag_attrs(html, "textarea")
        if EDITOR_ATTRIBUTE in attrs
    }


def test_the_change_form_has_the_editor_in_every_language(editor_client, page):
    html = editor_client.get(change_url(page)).content.decode()
    configs = editor_configs(html)
    assert set(configs) == {f"body_{code}" for code, _name in settings.LANGUAGES}
    for config in configs.values():
        extensions = config["extensions"]
        # Never an h1 (the page title is the only one), no images, tables or styles.
        assert extensions["Heading"] == {"levels": [2, 3, 4]}
        assert extensions["Link"] == {"enableTarget": False}
        assert not {"Image", "Figure", "Table", "TextAlign", "Color", "HTML"} & set(extensions)
        assert extensions["NoInlineStyle"] is True
        assert config["js_modules"] == ["/static/pages/admin/rich-text-editor.js"]
    # The text staff wrote is there to edit, as stored.
    data = form_data(html)
    assert "<h2>" in data["body_it"]
    assert (data["body_it"], data["body_en"]) == (page.body_it, page.body_en)


def test_the_editor_files_come_from_the_site(editor_client, page):
    html = editor_client.get(change_url(page)).content.decode()
    scripts = [attrs["src"] for attrs in tag_attrs(html, "script") if "src" in attrs]
    styles = [a["href"] for a in tag_attrs(html, "link") if a.get("rel") == "stylesheet"]
    importmap = re.search(r'<script type="importmap"[^>]*>(.*?)</script>', html, re.S)
    mapped = list(json.loads(importmap.group(1))["imports"].values())
    urls = [*scripts, *styles, *mapped, *editor_configs(html)["body_it"]["js_modules"]]
    assert "/static/django_prose_editor/editor.js" in urls
    assert "/static/django_prose_editor/configurable.js" in urls
    assert "/static/django_prose_editor/editor.css" in urls
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), url
        if url.startswith("/static/"):
            assert finders.find(url.removeprefix("/static/")), url
    # What the editor's own files load in turn: the icon font and the base styles.
    assert finders.find("django_prose_editor/material-icons.woff2")
    assert finders.find("pages/admin/rich-text-editor.css")


def test_the_editors_link_dialog_is_in_italian(editor_client):
    catalogue = editor_client.get(reverse("admin:jsi18n")).content.decode()
    for text in ("Modifica il link", "Indirizzo (URL)", "Applica", "Annulla"):
        assert f'"{text}"' in catalogue, text


def test_only_the_page_form_lets_in_the_import_map_by_its_nonce(editor_client, page):
    for url in (change_url(page), reverse("admin:pages_page_add")):
        response = editor_client.get(url)
        policy = response["Content-Security-Policy"]
        nonce = re.search(r"script-src 'self' 'nonce-([^']+)';", policy).group(1)
        assert "style-src 'self';" in policy and "unsafe-inline" not in policy
        html = response.content.decode()
        inline = re.findall(r"<script(?![^>]*\ssrc=)([^>]*)>", html)
        assert any('type="importmap"' in attrs for attrs in inline)
        assert all(f'nonce="{nonce}"' in attrs for attrs in inline), inline
    # Elsewhere in the admin the policy stays as strict as on the public site.
    policy = editor_client.get(reverse("admin:pages_deliberation_add"))["Content-Security-Policy"]
    assert "script-src 'self';" in policy and "nonce" not in policy


def test_the_sanitiser_allows_what_the_editor_makes_and_nothing_else(editor_client, page):
    html = editor_client.get(change_url(page)).content.decode()
    derived = allowlist_from_extensions(editor_configs(html)["body_it"]["extensions"])
    assert allow_list()["tags"] == derived["tags"] == EXPECTED_TAGS
    # Links: the sanitiser sets rel itself and never keeps a target.
    derived["attributes"]["a"] -= {"rel", "target"}
    assert allow_list()["attributes"] == derived["attributes"]
    assert allow_list()["url_schemes"] == {"http", "https", "mailto", "tel"}


DIRTY_IT = (
    '<h1>Titolo di troppo</h1><h2 style="color:red" class="x">Chi chiamare</h2>'
    '<p onclick="steal()">Chiama <strong>subito</strong> il <em>1522</em>.'
    "<script>alert(1)</script><style>p{}</style></p>"
    '<p><a href="https://www.1522.eu/" target="_blank" rel="opener">sito esterno</a>, '
    '<a href="/sportelli/">gli sportelli</a>, '
    '<a href="javascript:alert(1)">cattivo</a>, <a href="data:text/html,x">dati</a>, '
    '<a href="mailto:pariopportunita@provincia.asti.it">scrivici</a></p>'
    '<img src="/x.png" onerror="y()"><table><tr><td>cella</td></tr></table>'
    "<ul><li>uno</li></ul><blockquote><p>citazione</p></blockquote>"
)
CLEAN_IT = (
    "Titolo di troppo<h2>Chi chiamare</h2>"
    "<p>Chiama <strong>subito</strong> il <em>1522</em>.</p>"
    '<p><a href="https://www.1522.eu/" rel="noreferrer">sito esterno</a>, '
    '<a href="/sportelli/">gli sportelli</a>, '
    "<a>cattivo</a>, <a>dati</a>, "
    '<a href="mailto:pariopportunita@provincia.asti.it">scrivici</a></p>'
    "cella<ul><li>uno</li></ul><blockquote><p>citazione</p></blockquote>"
)


def test_saving_through_the_admin_stores_sanitised_html(editor_client, page):
    url = change_url(page)
    data = form_data(editor_client.get(url).content.decode())
    data["body_it"] = DIRTY_IT
    data["body_en"] = '<p style="x">Hello <a href="//example.org/">there</a></p><h1>Big</h1>'
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.body_it == CLEAN_IT
    assert page.body_en == ('<p>Hello <a href="//example.org/" rel="noreferrer">there</a></p>Big')
    # The public page prints it as stored, and its only h1 is the title.
    html = editor_client.get(page.get_absolute_url()).content.decode()
    assert CLEAN_IT in html and html.count("<h1") == 1


def test_an_empty_editor_saves_an_empty_body(editor_client, page):
    url = change_url(page)
    data = form_data(editor_client.get(url).content.decode())
    data["body_en"] = "<p></p>"
    assert editor_client.post(url, data).status_code == 302
    page.refresh_from_db()
    # No English text: the English page falls back to the Italian one.
    assert not page.body_en


@pytest.mark.parametrize(
    ("html", "clean"),
    [
        ("<p></p>", ""),
        (
            '<p><a href="/servizio/" title="">interno</a></p>',
            '<p><a href="/servizio/">interno</a></p>',
        ),
        (
            '<p><a href="https://example.org/?a=1&amp;b=2" title="a &gt; b">x</a>'
            " &amp; &lt;y&gt;</p>",
            '<p><a href="https://example.org/?a=1&amp;b=2" title="a &gt; b" rel="noreferrer">x</a>'
            " &amp; &lt;y&gt;</p>",
        ),
        (
            '<p><a href="tel:1522">1522</a><br>riga</p>',
            '<p><a href="tel:1522">1522</a><br>riga</p>',
        ),
        (
            '<p><a href="\\\\example.org">x</a></p>',
            '<p><a href="\\\\example.org" rel="noreferrer">x</a></p>',
        ),
        ('<p><a href="//[oops/">x</a></p>', '<p><a href="//[oops/" rel="noreferrer">x</a></p>'),
    ],
)
def test_the_sanitiser_is_stable(html, clean):
    assert sanitise_html(html) == clean
    assert sanitise_html(clean) == clean


@pytest.mark.parametrize(
    ("href", "external"),
    [
        ("https://www.1522.eu/", True),
        ("http://example.org", True),
        ("//example.org/x", True),
        ("HTTPS://EXAMPLE.ORG/", True),
        ("\\\\example.org", True),
        ("/\t/example.org", True),
        ("//[oops/", True),
        ("/servizio/", False),
        ("#contatti", False),
        ("mailto:a@example.org", False),
        ("tel:1522", False),
    ],
)
def test_which_links_lead_to_other_sites(href, external):
    assert is_external(href) is external


def test_the_admin_lets_browsers_post_its_forms(editor_client, page, client):
    """Under the site's `no-referrer` a browser posts `Origin: null`, which CSRF refuses.

    The admin's pages say `same-origin` instead, so the editor's text can be saved from a
    real browser (tests/browser/test_rich_text_editor.py); other sites still get nothing.
    """
    for url in (change_url(page), reverse("admin:login")):
        assert editor_client.get(url)["Referrer-Policy"] == "same-origin", url
    assert client.get(page.get_absolute_url())["Referrer-Policy"] == "no-referrer"
