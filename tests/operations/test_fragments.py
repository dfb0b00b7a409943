"""Parts of pages kept in each process's memory for the content version
(operations/fragments.py), through the WSGI stack gunicorn runs."""

import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.template import Context, Template, TemplateSyntaxError
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from network.models import HelpDesk, Municipality, Organisation, Protocol
from operations import fragments, pagecache
from pages.models import Deliberation, Page, SiteSettings
from tests.helpers import form_data

from .wsgi import call, page_cache_stack

# A query string: the page cache neither answers nor keeps these, Django renders each one.
SHARED = "?fbclid=IwAR0test"


def site_urls():
    """One URL of every kind of public page, in Italian and in English."""
    served = Municipality.objects.filter(managing_body__isnull=False).first()
    unserved = Municipality.objects.filter(managing_body__isnull=True).first()
    objects = [
        HelpDesk.objects.published().first(),
        Organisation.objects.network_members().first(),
        Protocol.objects.published().first(),
        Deliberation.objects.published().first(),
        Page.objects.published().get(slug="privacy"),
        served,
        unserved,
    ]
    names = [
        "pages:home",
        "pages:service",
        "pages:acts",
        "pages:contacts",
        "network:network",
        "network:helpdesks",
    ]
    urls = []
    for language in ("it", "en"):
        with translation.override(language):
            urls += [reverse(name) for name in names]
            urls += [item.get_absolute_url() for item in objects if item is not None]
            urls.append(reverse("pages:search") + "?q=violenza")
    return urls


def rendered(app, url):
    glue = "&" if "?" in url else "?"
    answer = call(app, url + (glue + SHARED[1:] if SHARED else ""))
    assert answer.status == 200, url
    return answer


def test_every_page_is_the_same_with_its_parts_from_memory(seeded, client):
    app = page_cache_stack()
    urls = site_urls()
    assert len(urls) >= 26
    # Rendered entirely by Django (the test client has no content version: nothing kept).
    expected = {}
    for url in urls:
        glue = "&" if "?" in url else "?"
        response = client.get(url + glue + SHARED[1:])
        assert response.status_code == 200, url
        expected[url] = response.content
    first = {url: rendered(app, url) for url in urls}
    # Every part is in memory now, put there by this page or by another one.
    again = {url: rendered(app, url) for url in reversed(urls)}
    for url in urls:
        assert first[url].cache == again[url].cache == "BYPASS"
        assert first[url].body == expected[url], url
        assert again[url].body == expected[url], url


def test_a_page_from_parts_in_memory_asks_the_database_less(seeded):
    app = page_cache_stack()
    for url in ("/", "/sportelli/", HelpDesk.objects.published().first().get_absolute_url()):
        with CaptureQueriesContext(connection) as cold:
            rendered(app, url)
        with CaptureQueriesContext(connection) as warm:
            rendered(app, url)
        assert len(warm) < len(cold), url
        assert len(warm) <= 2, [query["sql"] for query in warm]


def test_an_edit_in_the_admin_is_on_the_next_page_rendered(seeded, admin_client):
    app = page_cache_stack()
    desk = HelpDesk.objects.published().first()
    assert desk.name in rendered(app, desk.get_absolute_url()).body.decode()
    assert desk.name in rendered(app, "/sportelli/").body.decode()

    change = reverse("admin:network_helpdesk_change", args=[desk.pk])
    data = form_data(admin_client.get(change).content.decode())
    data["name_it"] = "Sportello con un nome nuovo"
    data["_save"] = "Salva"
    assert admin_client.post(change, data).status_code == 302

    for url in (HelpDesk.objects.get(pk=desk.pk).get_absolute_url(), "/sportelli/", "/"):
        assert "Sportello con un nome nuovo" in rendered(app, url).body.decode(), url


def test_a_change_of_the_help_numbers_reaches_the_header_of_every_page(seeded, admin_client):
    app = page_cache_stack()
    assert "Numero nazionale antiviolenza" not in rendered(app, "/privacy/").body.decode()

    change = reverse("admin:pages_sitesettings_change", args=[1])
    data = form_data(admin_client.get(change).content.decode())
    data["helpline_text_it"] = "Numero nazionale antiviolenza"
    data["_save"] = "Salva"
    assert admin_client.post(change, data).status_code == 302

    for url in ("/privacy/", "/rete/", "/"):
        assert "Numero nazionale antiviolenza" in rendered(app, url).body.decode(), url


def test_open_now_in_a_part_from_memory_still_limits_the_page_and_the_part(seeded, client):
    """A desk's card says whether it is open: the part is kept only until that changes,
    and a page made from it is kept by the page cache no longer than that."""
    desk = HelpDesk.objects.with_details().get(slug="spazio-anna-c")
    now = timezone.now()
    status = desk.opening_status(now)
    changes_at = status.closes_at or status.next_opening
    request = client.get("/").wsgi_request
    request.META[pagecache.VERSION_ENVIRON_KEY] = "v1"

    def produce():
        pagecache.limit_page_lifetime(request, changes_at)
        return "Aperto ora"

    assert fragments.remember(request, "card", [desk.pk], produce) == "Aperto ora"
    assert request.page_valid_until == changes_at
    request.page_valid_until = None
    calls = []
    assert fragments.remember(request, "card", [desk.pk], lambda: calls.append(1)) == "Aperto ora"
    assert calls == []  # from memory...
    assert request.page_valid_until == changes_at  # ...and the page is told when it changes

    # The end of a part's validity is never later than local midnight ("today", "tomorrow").
    request.page_valid_until = None
    fragments.remember(request, "other", [], lambda: "x")
    midnight = pagecache._next_local_midnight(now)
    assert request.page_valid_until == midnight


def test_a_part_is_rendered_again_once_it_is_no_longer_true(seeded, client, monkeypatch):
    request = client.get("/").wsgi_request
    request.META[pagecache.VERSION_ENVIRON_KEY] = "v1"
    now = timezone.now()

    def produce():
        pagecache.limit_page_lifetime(request, now + datetime.timedelta(minutes=10))
        return "Aperto ora"

    fragments.remember(request, "card", [1], produce)
    later = now + datetime.timedelta(minutes=11)
    monkeypatch.setattr(fragments.timezone, "now", lambda: later)
    assert fragments.remember(request, "card", [1], lambda: "Chiuso") == "Chiuso"


def test_nothing_is_kept_without_a_version_or_for_another_one(seeded, client):
    request = client.get("/").wsgi_request
    assert fragments.version_of(request) is None
    fragments.remember(request, "part", [], lambda: "one")
    assert fragments.remember(request, "part", [], lambda: "two") == "two"

    request.META[pagecache.VERSION_ENVIRON_KEY] = "v1"
    fragments.remember(request, "part", [], lambda: "one")
    assert fragments.remember(request, "part", [], lambda: "two") == "one"
    request.META[pagecache.VERSION_ENVIRON_KEY] = "v2"
    assert fragments.remember(request, "part", [], lambda: "two") == "two"
    # Other values named by the template, another language: other parts.
    assert fragments.remember(request, "part", ["x"], lambda: "three") == "three"
    with translation.override("en"):
        assert fragments.remember(request, "part", [], lambda: "four") == "four"


def test_the_defaults_shown_while_the_database_fails_are_never_kept(seeded, client, monkeypatch):
    """SiteSettings.load() answers with the defaults when the database fails: neither they
    nor any part of the page rendered with them is kept."""
    app = page_cache_stack()
    monkeypatch.setattr(SiteSettings, "load", classmethod(lambda cls: cls.defaults()))
    rendered(app, "/privacy/")
    assert not any(key for key in caches["fragments"]._cache if ":top:" in key)
    monkeypatch.undo()
    rendered(app, "/privacy/")
    assert any(key for key in caches["fragments"]._cache if ":top:" in key)


def test_a_missing_page_is_looked_up_every_time(seeded):
    app = page_cache_stack()
    assert call(app, "/sportelli/non-esiste/" + SHARED).status == 404
    assert not any("object:" in key for key in caches["fragments"]._cache)


def test_a_draft_seen_by_staff_is_never_shown_to_a_visitor(seeded, admin_client):
    page = Page.objects.get(slug="privacy")
    page.published = False
    page.save()
    app = page_cache_stack()
    # Staff preview the draft through the stack with their session cookie.
    admin_client.get("/")
    cookie = "; ".join(f"{name}={morsel.value}" for name, morsel in admin_client.cookies.items())
    preview = call(app, page.get_absolute_url() + SHARED, headers={"Cookie": cookie})
    assert preview.status == 200 and "bozza" in preview.body.decode().lower()
    assert call(app, page.get_absolute_url() + SHARED).status == 404
    assert call(app, page.get_absolute_url()).status == 404


def test_a_fragment_cannot_hold_a_block():
    with pytest.raises(TemplateSyntaxError):
        Template(
            '{% load fragments %}{% fragment "x" %}{% block a %}{% endblock %}{% endfragment %}'
        )
    with pytest.raises(TemplateSyntaxError):
        Template("{% load fragments %}{% fragment %}{% endfragment %}")
    # Outside a request (an e-mail, a management command) the part is simply rendered.
    template = Template('{% load fragments %}{% fragment "x" %}{{ word }}{% endfragment %}')
    assert template.render(Context({"word": "ciao"})) == "ciao"
