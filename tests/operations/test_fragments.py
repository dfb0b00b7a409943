"""Parts of pages kept in each process's memory for the content version
(operations/fragments.py), through the WSGI stack gunicorn runs."""

import datetime

import pytest
from django.conf import settings
from django.core.cache import cache, caches
from django.core.files.base import ContentFile
from django.db import connection
from django.template import Context, Template, TemplateSyntaxError
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import SafeString

from network.models import HelpDesk, Municipality, OpeningHours, Organisation, Protocol
from operations import fragments, memory, pagecache
from pages.models import Deliberation, Page, SiteSettings
from tests.helpers import blank_pdf, form_data, page_that_may_be_withdrawn

from .conftest import closed_port, redis_cache
from .wsgi import call, page_cache_stack

# A query string (not a tracking parameter, which is removed first): the page cache neither
# answers nor keeps these, Django renders each one.
QUERY = "pagina=2"


def with_query(url):
    """`url` with a query string the page cache does not answer."""
    return url + ("&" if "?" in url else "?") + QUERY


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
    answer = call(app, with_query(url))
    assert answer.status == 200, url
    return answer


def test_every_page_is_the_same_with_its_parts_from_memory(seeded, client):
    app = page_cache_stack()
    urls = site_urls()
    assert len(urls) >= 26
    # Rendered entirely by Django (the test client has no content version: nothing kept).
    expected = {}
    for url in urls:
        response = client.get(with_query(url))
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
    now = timezone.now()
    closes_at = now + datetime.timedelta(minutes=10)  # "open now, closes at …"
    # Ten minutes before local midnight, the part changes at midnight ("today" moves on).
    changes_at = min(closes_at, pagecache._next_local_midnight(now))
    request = client.get("/").wsgi_request
    request.META[pagecache.VERSION_ENVIRON_KEY] = "v1"

    def produce():
        pagecache.limit_page_lifetime(request, closes_at)
        return "Aperto ora"

    assert fragments.remember(request, "card", [1], produce) == "Aperto ora"
    assert request.page_valid_until == changes_at
    request.page_valid_until = None
    calls = []
    assert fragments.remember(request, "card", [1], lambda: calls.append(1)) == "Aperto ora"
    assert calls == []  # from memory...
    assert request.page_valid_until == changes_at  # ...and the page is told when it changes

    # The end of a part's validity is never later than local midnight ("today", "tomorrow")
    # nor than a whole page's (the bound if an edit could not be announced).
    request.page_valid_until = None
    fragments.remember(request, "other", [], lambda: "x")
    latest = min(
        pagecache._next_local_midnight(now),
        now + datetime.timedelta(seconds=settings.PAGE_CACHE_SECONDS),
    )
    assert abs((request.page_valid_until - latest).total_seconds()) < 5


def test_a_desk_card_from_memory_limits_the_page_cache_to_its_opening_change(seeded):
    """Through the real templates: the desk list made of cards from memory is kept by the
    page cache no longer than the first card's "open"/"closed" stays true."""
    # A desk that is open now and closes in twenty minutes (or just before midnight).
    local = timezone.localtime()
    closes = min(
        local + datetime.timedelta(minutes=20), local.replace(hour=23, minute=59, second=0)
    )
    opens = max(local - datetime.timedelta(hours=1), local.replace(hour=0, minute=0, second=0))
    desk = HelpDesk.objects.published().first()
    OpeningHours.objects.create(
        help_desk=desk, weekday=local.weekday(), opens=opens.time(), closes=closes.time()
    )
    app = page_cache_stack()
    rendered(app, "/sportelli/")  # the parts are in memory now
    call(app, "/sportelli/")  # the page itself, rendered from them and kept
    key = pagecache.PageCache._key(
        {"wsgi.url_scheme": "http", "HTTP_HOST": "testserver", "PATH_INFO": "/sportelli/"}
    )
    entry = cache.get(f"{key}:identity")
    now = timezone.now()
    changes = [
        status.closes_at or status.next_opening
        for desk in HelpDesk.objects.published().for_cards()
        if (status := desk.opening_status(timezone.localtime(now)))
    ]
    assert changes and entry is not None
    assert min(changes).timestamp() <= closes.timestamp() + 1
    assert entry.valid_until <= min(changes).timestamp() + 1


def test_a_part_is_kept_no_longer_than_a_whole_page(seeded, client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    request = client.get("/").wsgi_request
    request.META[pagecache.VERSION_ENVIRON_KEY] = "v1"
    fragments.remember(request, "part", [], lambda: "x")
    left = (request.page_valid_until - timezone.now()).total_seconds()
    assert 55 < left <= 60


def test_the_editor_is_told_when_the_public_pages_could_not_be_told(seeded, admin_client):
    desk = HelpDesk.objects.published().first()
    change = reverse("admin:network_helpdesk_change", args=[desk.pk])
    data = form_data(admin_client.get(change).content.decode())
    data["_save"] = "Salva"
    saved = admin_client.post(change, data, follow=True)
    assert "non è stato possibile avvisare" not in saved.content.decode()

    # The cache stops answering (a closed port): the edit is saved, the editor is told.
    down = redis_cache(f"redis://127.0.0.1:{closed_port()}/0", "down")
    with override_settings(CACHES=down, DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS=False):
        data["name_it"] = "Sportello salvato senza cache"
        saved = admin_client.post(change, data, follow=True)
    assert HelpDesk.objects.get(pk=desk.pk).name_it == "Sportello salvato senza cache"
    assert "non è stato possibile avvisare le pagine pubbliche" in saved.content.decode()


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
    assert call(app, with_query("/sportelli/non-esiste/")).status == 404
    assert not any("object:" in key for key in caches["fragments"]._cache)


@pytest.mark.parametrize("kind", ["page", "desk", "protocol"])
def test_a_draft_seen_by_staff_is_never_shown_to_a_visitor(seeded, admin_client, kind):
    item = {
        "page": page_that_may_be_withdrawn,
        "desk": lambda: HelpDesk.objects.published().first(),
        "protocol": lambda: Protocol.objects.published().first(),
    }[kind]()
    item.published = False
    item.save()
    app = page_cache_stack()
    # Staff preview the draft through the stack with their session cookie.
    admin_client.get("/")
    cookie = "; ".join(f"{name}={morsel.value}" for name, morsel in admin_client.cookies.items())
    for _twice in range(2):
        preview = call(app, with_query(item.get_absolute_url()), headers={"Cookie": cookie})
        assert preview.status == 200 and "bozza" in preview.body.decode().lower()
    assert call(app, with_query(item.get_absolute_url())).status == 404
    assert call(app, item.get_absolute_url()).status == 404
    if kind == "desk":
        assert item.name not in rendered(app, "/sportelli/").body.decode()


def test_a_fragment_cannot_hold_a_block():
    with pytest.raises(TemplateSyntaxError):
        Template(
            '{% load fragments %}{% fragment "x" %}{% block a %}{% endblock %}{% endfragment %}'
        )
    with pytest.raises(TemplateSyntaxError):
        Template("{% load fragments %}{% fragment %}{% endfragment %}")
    with pytest.raises(TemplateSyntaxError):
        Template('{% load fragments %}{% fragment "x" memory="nowhere" %}{% endfragment %}')
    # Outside a request (an e-mail, a management command) the part is simply rendered.
    template = Template('{% load fragments %}{% fragment "x" %}{{ word }}{% endfragment %}')
    assert template.render(Context({"word": "ciao"})) == "ciao"


def test_a_search_asked_again_is_answered_from_memory_until_the_content_changes(seeded):
    app = page_cache_stack()
    url = reverse("pages:search") + "?q=violenza"
    with CaptureQueriesContext(connection) as cold:
        first = call(app, url)
    with CaptureQueriesContext(connection) as warm:
        again = call(app, url + "+")  # the same words: the same results
    assert len(warm) < len(cold)

    def results(answer):
        html = answer.body.decode()
        return html[html.index('<ol class="search-results">') : html.index("</ol>")]

    assert results(first) == results(again)

    page = Page.objects.published().get(slug="privacy")
    Page.objects.filter(pk=page.pk).update(title_it="Violenza: come proteggere i tuoi dati")
    pagecache.content_changed()  # what the admin does after every save
    assert "come proteggere i tuoi dati" in call(app, url).body.decode()


def test_an_act_s_download_is_looked_up_once_per_version_and_a_draft_s_is_never_given(seeded):
    app = page_cache_stack()
    document = blank_pdf()
    act = Deliberation.objects.published().first()
    act.document.save("atto.pdf", ContentFile(document))
    pagecache.content_changed()
    url = act.get_absolute_url() + "documento/"

    first = call(app, url)
    with CaptureQueriesContext(connection) as warm:
        again = call(app, url)
    assert first.status == again.status == 200
    assert first.body == again.body == document
    assert len(warm) == 0, [query["sql"] for query in warm]

    Deliberation.objects.filter(pk=act.pk).update(published=False)
    pagecache.content_changed()
    assert call(app, url).status == 404


def test_text_in_memory_is_shared_by_the_requests_and_anything_else_is_copied(monkeypatch):
    """Text is shared; a model instance is copied (its values and related objects), also
    in a tuple as remember() keeps it; anything else is pickled."""
    store = caches[fragments.CACHE_ALIAS]
    text = SafeString("<p>Chiama il 1522</p>")
    until = timezone.now()
    store.set("text", (text, until))
    kept, kept_until = store.get("text")
    assert kept is text and kept_until == until

    row = {"channels": ["0141 000000"]}
    store.set("row", (row, until))
    copy, _until = store.get("row")
    assert copy == row and copy is not row
    copy["channels"].append("changed by one request")
    assert store.get("row")[0] == row

    act = Deliberation(title="Atto", number="1")
    act._state.fields_cache["organisation"] = "cached relation"
    store.set("object", act)
    store.set("remembered", (act, until))
    act.title = "changed by the request that stored it"
    # Copied, never unpickled: a detail page reads its object on every request.
    monkeypatch.setattr(memory.pickle, "loads", None)
    first, second = store.get("object"), store.get("object")
    assert first is not second and first.title == second.title == "Atto"
    first.title = "changed by one request"
    first._state.fields_cache.clear()
    assert store.get("object").title == "Atto"
    assert store.get("object")._state.fields_cache == {"organisation": "cached relation"}
    (one, one_until), (other, _until) = store.get("remembered"), store.get("remembered")
    assert one is not other and one.title == other.title == "Atto" and one_until == until
    assert other._state.fields_cache == {"organisation": "cached relation"}
    monkeypatch.undo()

    store.set("count", 1)
    assert store.incr("count") == 2 and store.get("count") == 2
    assert store.add("count", 5) is False and store.add("other", 5) is True
    assert store.get("missing", "default") == "default"
