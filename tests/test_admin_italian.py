"""The admin as an editor meets it (issue 17): in Italian everywhere she goes, and with no
request the browser makes for nothing.

Django 6.1 added interface strings that its own Italian catalogue lacks ("Run", "Filter by
%(field_name)s", "- Select an option -", the calendar's "Today (%(date)s)"): the project gives
them in `locale-upstream/` (Python strings) and `locale/it/.../djangojs.po` (JavaScript).
"""

import contextlib
import html.parser
import json
import re
from pathlib import Path

import django
import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, RequestFactory
from django.urls import NoReverseMatch, reverse

from .helpers import login_verified

# Words of English interface text that are never Italian words.
ENGLISH = {
    "the", "and", "of", "to", "by", "with", "for", "from", "this", "that", "these", "your",
    "you", "are", "is", "was", "were", "not", "an", "or", "please", "select", "option",
    "run", "search", "filter", "today", "yesterday", "tomorrow", "pagination", "entries",
    "add", "delete", "save", "change", "changed", "history", "view", "edit", "remove",
    "choose", "clear", "show", "hide", "yes", "none", "click", "here", "help", "logout",
    "user", "time", "now", "close", "back", "next", "previous", "page", "list",
    "items", "item", "action", "actions", "selected", "successfully", "added", "deleted",
    "recover", "revert", "version", "versions", "field", "fields", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "contacts", "verified", "published", "draft", "order",
    "name", "title", "summary", "body", "description", "model", "more", "go",
    "breadcrumbs",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z]+")
# Attributes whose text a person reads or hears.
READ_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt", "aria-description"}


class _InterfaceText(html.parser.HTMLParser):
    """The text of a page that is the admin's own: not what the editor typed (the values
    of inputs and text areas), not scripts or styles, not an element marked as being in
    another language (a language's own name, "English")."""

    SKIPPED = {"script", "style", "textarea"}
    VOID = {"input", "br", "img", "hr", "meta", "link", "source", "col", "area", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.parts = []

    def _skipping(self):
        return any(
            tag in self.SKIPPED or (lang and not lang.startswith("it")) for tag, lang in self.stack
        )

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = attrs.get("lang")
        if not self._skipping() and not (lang and not lang.startswith("it")):
            self.parts += [attrs[name] or "" for name in READ_ATTRIBUTES if name in attrs]
            if tag == "input" and attrs.get("type") in ("submit", "button"):
                self.parts.append(attrs.get("value") or "")
        if tag not in self.VOID:
            self.stack.append((tag, lang))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if not self._skipping():
            self.parts.append(data)


def english_words(page):
    parser = _InterfaceText()
    parser.feed(page)
    found = []
    for part in parser.parts:
        words = {word.lower() for word in WORD.findall(part)}
        if words & ENGLISH:
            found.append(" ".join(part.split())[:120])
    return found


@pytest.fixture
def editor_client(seeded, client):
    user = get_user_model().objects.create_user(
        "redattrice", password="x" * 16, is_staff=True, first_name="Anna"
    )
    user.groups.add(Group.objects.get(name="Redattori"))
    login_verified(client, user)
    return client


def _editor_pages():
    """Every list, form, history and delete page of the models an editor may reach, and
    the lists of deleted items she may bring back."""
    user = get_user_model().objects.get(username="redattrice")
    request = RequestFactory().get("/")
    request.user = user
    pages = [reverse("admin:index")]
    for model, model_admin in admin.site._registry.items():
        if not model_admin.has_view_permission(request):
            continue
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        pages.append(reverse(f"{name}_changelist"))
        if model_admin.has_add_permission(request):
            pages.append(reverse(f"{name}_add"))
            with contextlib.suppress(NoReverseMatch):
                pages.append(reverse(f"{name}_recoverlist"))
        obj = model._default_manager.order_by("pk").first()
        if obj is not None:
            pages.append(reverse(f"{name}_change", args=[obj.pk]))
            pages.append(reverse(f"{name}_history", args=[obj.pk]))
            if model_admin.has_delete_permission(request, obj):
                pages.append(reverse(f"{name}_delete", args=[obj.pk]))
    return pages


def test_no_page_an_editor_reaches_has_english_interface_text(editor_client):
    pages = _editor_pages()
    assert len(pages) > 30
    english = {}
    for url in pages:
        response = editor_client.get(url, HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
        assert response.status_code == 200, url
        assert '<html lang="it"' in response.content.decode(), url
        if found := english_words(response.content.decode()):
            english[url] = found
    assert not english, json.dumps(english, indent=1, ensure_ascii=False)
    # The strings the admin's scripts write (the calendar's "Today", the two-list selector).
    script = editor_client.get(reverse("admin:jsi18n")).content.decode()
    assert '"Today (%(date)s)": "Oggi (%(date)s)"' in script
    assert '"%(month)s %(day)s, %(year)s": "%(day)s %(month)s %(year)s"' in script


def test_no_admin_page_makes_the_browser_ask_for_an_icon(editor_client):
    """An empty icon, as on the public pages: no /favicon.ico 404 in the logs."""
    login = Client().get(reverse("admin:login")).content.decode()
    for page in [login, *(editor_client.get(url).content.decode() for url in _editor_pages())]:
        assert page.count('<link rel="icon" href="data:,">') == 1


def test_the_scan_finds_english_interface_text():
    assert english_words('<button type="submit">Run</button>') == ["Run"]
    assert english_words('<input type="search" placeholder="Search sportelli">') == [
        "Search sportelli"
    ]
    # What the editor typed, and a language named in itself, are not the interface.
    assert english_words('<textarea>The desk</textarea><input value="The desk">') == []
    assert english_words('<a lang="en">English</a><span>Esegui</span>') == []


def _catalogue(path):
    """{(context, msgid): translated?} of a .po file, read without a parser library."""
    entries = {}
    path = Path(path)
    if not path.exists():
        return entries
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        text = "\n".join(line for line in block.splitlines() if not line.startswith("#"))
        fields = dict(re.findall(r'^(msgctxt|msgid|msgstr(?:\[0\])?) ((?:".*"\n?)+)', text, re.M))
        msgid = _unquote(fields.get("msgid", ""))
        if msgid:
            context = _unquote(fields["msgctxt"]) if "msgctxt" in fields else None
            translation_text = fields.get("msgstr", fields.get("msgstr[0]", ""))
            entries[context, msgid] = bool(_unquote(translation_text))
    return entries


def _unquote(quoted):
    return "".join(
        re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), part)
        for part in re.findall(r'"(.*)"', quoted)
    )


DJANGO = Path(django.__file__).parent
PROJECT = Path(__file__).resolve().parent.parent
CATALOGUES = [
    ("conf/locale", "django"),
    ("contrib/admin/locale", "django"),
    ("contrib/admin/locale", "djangojs"),
    ("contrib/auth/locale", "django"),
]


@pytest.mark.parametrize(("where", "domain"), CATALOGUES)
def test_every_string_of_djangos_admin_has_its_italian(where, domain):
    """Django's English catalogue lists every string; each one is translated in Django's
    Italian catalogue or in the project's."""
    english = _catalogue(DJANGO / where / "en" / "LC_MESSAGES" / f"{domain}.po")
    italian = {}
    for catalogue in (
        DJANGO / where / "it" / "LC_MESSAGES" / f"{domain}.po",
        PROJECT / "locale-upstream" / "it" / "LC_MESSAGES" / f"{domain}.po",
        PROJECT / "locale" / "it" / "LC_MESSAGES" / f"{domain}.po",
    ):
        for key, translated in _catalogue(catalogue).items():
            italian[key] = italian.get(key) or translated
    missing = [msgid for key in english if not italian.get(key) for msgid in [key[1]]]
    assert not sorted(missing)


def test_month_names_are_written_in_lower_case(editor_client):
    html = editor_client.get(reverse("admin:pages_deliberation_changelist")).content.decode()
    assert "23 ottobre 2015" in html and "Ottobre" not in html
    calendar = editor_client.get(reverse("admin:jsi18n")).content.decode()
    assert '"December": "dicembre"' in calendar


def test_the_admin_is_italian_unless_she_chooses_another_language(editor_client):
    index = reverse("admin:index")
    html = editor_client.get(index, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="it"' in html and 'for="admin-language">Lingua dell’amministrazione' in html

    pages = reverse("admin:pages_page_changelist")
    response = editor_client.post(reverse("admin:language"), {"language": "en", "next": pages})
    assert response.status_code == 302 and response["Location"] == pages
    assert not response.cookies.keys() - {"sessionid", "csrftoken"}  # no cookie of its own
    assert '<html lang="en"' in editor_client.get(pages).content.decode()
    # The public site keeps the language of its addresses.
    assert '<html lang="it"' in editor_client.get("/").content.decode()
    assert '<html lang="en"' in editor_client.get("/en/").content.decode()

    editor_client.post(reverse("admin:language"), {"language": "it"})
    assert '<html lang="it"' in editor_client.get(pages).content.decode()


@pytest.mark.parametrize(
    ("language", "back", "status", "location"),
    [
        ("xx", "", 400, None),
        ("", "", 400, None),
        ("en", "https://evil.example.com/", 302, "/admin/"),
        ("en", "//evil.example.com/admin/", 302, "/admin/"),
        ("en", "/sportelli/", 302, "/admin/"),
    ],
)
def test_choosing_the_admins_language_refuses_what_it_does_not_know(
    editor_client, language, back, status, location
):
    response = editor_client.post(reverse("admin:language"), {"language": language, "next": back})
    assert response.status_code == status
    if location:
        assert response["Location"] == location


def test_only_staff_choose_the_admins_language(client, seeded):
    response = client.post(reverse("admin:language"), {"language": "en"})
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert "sessionid" not in response.cookies
