"""The page cache, through the WSGI stack gunicorn runs (operations/pagecache.py)."""

import gzip
import time

import brotli
import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from network.models import HelpDesk
from operations import pagecache
from operations.tracking import without_tracking
from pages.models import Page
from tests.helpers import SECURITY_HEADERS, form_data, page_that_may_be_withdrawn, tag_attrs

from .wsgi import call, page_cache_stack


@pytest.fixture
def app(seeded):
    return page_cache_stack()


def queries_during(function):
    with CaptureQueriesContext(connection) as queries:
        result = function()
    return result, len(queries)


def test_a_public_page_is_rendered_once_then_served_compressed_without_django(app):
    first = call(app, "/", headers={"Accept-Encoding": "gzip, deflate, br"})
    second, queries = queries_during(
        lambda: call(app, "/", headers={"Accept-Encoding": "gzip, deflate, br"})
    )
    assert (first.status, first.cache) == (200, "MISS")
    assert (second.status, second.cache) == (200, "HIT")
    assert queries == 0
    assert second.headers["content-encoding"] == "br"
    assert second.body == first.body
    html = brotli.decompress(second.body).decode()
    assert "1522" in html and "<h1" in html
    assert second.headers["content-length"] == str(len(second.body))
    assert "Accept-Encoding" in second.headers["vary"]
    assert second.headers["cache-control"] == "no-cache"


def test_each_encoding_gets_the_same_page(app):
    plain = call(app, "/sportelli/")
    zipped = call(app, "/sportelli/", headers={"Accept-Encoding": "gzip"})
    refused = call(app, "/sportelli/", headers={"Accept-Encoding": "br;q=0, gzip;q=0"})
    assert "content-encoding" not in plain.headers
    assert zipped.headers["content-encoding"] == "gzip"
    assert gzip.decompress(zipped.body) == plain.body == refused.body
    assert len(zipped.body) < len(plain.body) / 3
    assert zipped.headers["etag"] != plain.headers["etag"]


def test_a_cached_page_keeps_every_security_header_and_gets_its_own_request_id(app):
    call(app, "/sportelli/")
    hits = [call(app, "/sportelli/") for _ in range(2)]
    assert [hit.cache for hit in hits] == ["HIT", "HIT"]
    for hit in hits:
        for name in SECURITY_HEADERS:
            assert name in hit.headers, name
        assert "set-cookie" not in hit.headers
        assert not any(name.lower().startswith("x-page-cache") for name, _ in hit.header_list)
    # The desk list's own policy (map tiles, when the visitor asks) is kept with the page.
    assert "tile.openstreetmap.org" in hits[0].headers["content-security-policy"]
    assert hits[0].headers["x-request-id"] != hits[1].headers["x-request-id"]


def test_the_browser_revalidates_with_the_etag(app):
    first = call(app, "/servizio/", headers={"Accept-Encoding": "br"})
    again = call(
        app, "/servizio/", headers={"Accept-Encoding": "br", "If-None-Match": first.headers["etag"]}
    )
    assert again.status == 304
    assert again.body == b""
    assert again.headers["etag"] == first.headers["etag"]


def test_an_edit_in_the_admin_shows_at_the_next_request(app, admin_client):
    page = Page.objects.get(slug="privacy")
    call(app, page.get_absolute_url())
    assert call(app, page.get_absolute_url()).cache == "HIT"

    url = reverse("admin:pages_page_change", args=[page.pk])
    data = form_data(admin_client.get(url).content.decode())
    data["title_it"] = "Informativa sulla privacy, aggiornata"
    data["_save"] = "Salva"
    assert admin_client.post(url, data).status_code == 302

    after = call(app, page.get_absolute_url())
    assert after.cache == "MISS"
    assert "Informativa sulla privacy, aggiornata" in after.body.decode()


def test_every_app_server_sees_the_new_version(seeded):
    # Two stacks share the cache as two gunicorn instances share Redis.
    first_server, second_server = page_cache_stack(), page_cache_stack()
    call(first_server, "/contatti/")
    assert call(second_server, "/contatti/").cache == "HIT"
    pagecache.content_changed()
    assert call(second_server, "/contatti/").cache == "MISS"
    assert call(first_server, "/contatti/").cache == "HIT"


def test_staff_always_see_the_database(app):
    call(app, "/")
    staff = call(app, "/", headers={"Cookie": "sessionid=abc; csrftoken=def"})
    signed_out = call(app, "/", headers={"Cookie": "csrftoken=def"})
    visitor_cookie = call(app, "/", headers={"Cookie": "cookie-consent=no"})
    assert (staff.cache, signed_out.cache, visitor_cookie.cache) == ("BYPASS", "BYPASS", "HIT")


def test_a_draft_preview_is_never_stored(app, admin_client):
    page = page_that_may_be_withdrawn()
    Page.objects.filter(pk=page.pk).update(published=False)
    response = admin_client.get(page.get_absolute_url())
    assert response.status_code == 200
    assert pagecache.STORE_HEADER not in response
    assert call(app, page.get_absolute_url()).status == 404


def test_searches_ratings_and_errors_are_not_stored(app):
    search = [call(app, "/cerca/?q=asti") for _ in range(2)]
    missing = [call(app, "/non-esiste/") for _ in range(2)]
    assert [answer.cache for answer in search] == ["BYPASS", "BYPASS"]
    assert [answer.status for answer in missing] == [404, 404]
    assert [answer.cache for answer in missing] == ["MISS", "MISS"]
    assert not any(key.startswith(":1:page:") for key in cache._cache)


def test_an_uncached_page_is_still_compressed(app):
    search = call(app, "/cerca/?q=asti", headers={"Accept-Encoding": "br"})
    assert search.headers["content-encoding"] == "br"
    assert "asti" in brotli.decompress(search.body).decode().lower()


def test_an_uncached_body_seen_again_is_not_compressed_again(app, admin_client, monkeypatch):
    compressed = []
    real_compress = pagecache.compress

    def counting(body, encoding, quality=pagecache.STORED_QUALITY):
        compressed.append(encoding)
        return real_compress(body, encoding, quality)

    monkeypatch.setattr(pagecache, "compress", counting)
    br = {"Accept-Encoding": "br"}
    searches = [call(app, "/cerca/?q=asti", headers=br) for _ in range(3)]
    assert compressed == ["br"]
    assert len({answer.body for answer in searches}) == 1
    assert "asti" in brotli.decompress(searches[2].body).decode().lower()
    # Another encoding and another body are compressed on their own.
    gzipped = call(app, "/cerca/?q=asti", headers={"Accept-Encoding": "gzip"})
    call(app, "/cerca/?q=nizza", headers=br)
    assert compressed == ["br", "gzip", "br"]
    assert "asti" in gzip.decompress(gzipped.body).decode().lower()

    # Staff pages (private) are never remembered.
    compressed.clear()
    cookie = "; ".join(f"{name}={morsel.value}" for name, morsel in admin_client.cookies.items())
    for _ in range(2):
        staff = call(app, "/admin/", headers={**br, "Cookie": cookie})
        assert staff.status == 200 and "private" in staff.headers["cache-control"]
    assert compressed == ["br", "br"]


def test_a_link_shared_with_tracking_parameters_is_the_cached_page(app):
    first = call(app, "/sportelli/")
    shared = call(app, "/sportelli/?fbclid=IwAR0x9Q&utm_source=facebook&UTM_Campaign=25nov")
    newsletter = call(app, "/sportelli/?mc_cid=7f3a&mc_eid=0c1d")
    assert (first.cache, shared.cache, newsletter.cache) == ("MISS", "HIT", "HIT")
    assert shared.body == newsletter.body == first.body


def test_tracking_parameters_never_reach_the_page_but_the_others_do(app):
    search = call(app, "/cerca/?utm_medium=social&q=centro+antiviolenza&gclid=abc")
    assert search.cache == "BYPASS"
    html = search.body.decode()
    assert "centro antiviolenza" in html
    # The language switcher keeps the search's words, and nothing that tracked the click.
    switcher = [attrs["href"] for attrs in tag_attrs(html, "a") if attrs.get("hreflang") == "en"]
    assert switcher == ["/en/cerca/?q=centro+antiviolenza"]
    assert "utm_" not in html and "gclid" not in html


def test_only_tracking_parameters_are_removed_from_a_query_string():
    assert without_tracking("q=asti&fbclid=x") == "q=asti"
    assert without_tracking("utm_source=a&utm_medium=b") == ""
    # The others keep their order and their encoding; empty parts are dropped.
    assert without_tracking("b=%C3%A8&_ga=1&a=2&&comune=005003") == "b=%C3%A8&a=2&comune=005003"
    assert without_tracking("pagina=2&utm=1&fbclid") == "pagina=2&utm=1"
    assert without_tracking("") == ""
    # Only Matomo's own names, not a prefix an admin filter could start with.
    assert without_tracking("pk_campaign=nov&pk__in=1,2&mtm_source=x") == "pk__in=1,2"


def test_the_admin_s_query_strings_are_left_alone(app, admin_client):
    cookie = "; ".join(f"{name}={morsel.value}" for name, morsel in admin_client.cookies.items())
    listed = call(app, "/admin/pages/page/?q=privacy&utm_source=x", headers={"Cookie": cookie})
    # The admin got the query string as sent: it refuses a filter it does not know.
    assert (listed.status, listed.headers["location"]) == (302, "/admin/pages/page/?e=1")


def test_head_is_answered_from_the_cache_without_a_body(app):
    call(app, "/rete/")
    head = call(app, "/rete/", method="HEAD")
    assert (head.status, head.cache, head.body) == (200, "HIT", b"")
    assert int(head.headers["content-length"]) > 1000


def test_open_now_is_never_served_after_it_changes(seeded, client):
    desk = HelpDesk.objects.with_details().get(slug="spazio-anna-c")
    now = timezone.now()
    status = desk.opening_status(now)
    changes_at = status.closes_at or status.next_opening
    response = client.get(desk.get_absolute_url())
    seconds = int(response[pagecache.STORE_HEADER])
    assert 0 < seconds <= (changes_at - now).total_seconds() + 1
    # A page without opening hours keeps until midnight or the configured maximum.
    other = client.get(reverse("pages:service"))
    assert int(other[pagecache.STORE_HEADER]) >= min(
        seconds, (pagecache._next_local_midnight(now) - now).total_seconds() - 5
    )


def test_an_expired_page_is_rendered_again(app, monkeypatch):
    call(app, "/servizio/")
    later = time.time() + 3700
    monkeypatch.setattr(pagecache.time, "time", lambda: later)
    assert call(app, "/servizio/").cache == "MISS"


def test_after_an_upgrade_one_command_renders_every_page_again(app):
    from io import StringIO

    from django.core.management import call_command

    call(app, "/contatti/")
    assert call(app, "/contatti/").cache == "HIT"
    output = StringIO()
    call_command("clear_page_cache", stdout=output)
    assert "rendered again" in output.getvalue()
    assert call(app, "/contatti/").cache == "MISS"


def test_the_command_says_so_when_the_cache_cannot_be_reached(db, redis_down):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="could not be reached"):
        call_command("clear_page_cache")


def test_a_change_of_the_security_configuration_reaches_pages_already_kept(seeded, settings):
    """HSTS switched on, a stricter CSP: the app servers restart with the new settings (each
    builds its middleware anew) and the shared cache still holds the pages kept before.
    None of those is answered without the new headers."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 0
    https = {"X-Forwarded-Proto": "https"}
    before = page_cache_stack()
    call(before, "/", headers=https)
    kept = call(before, "/", headers=https)
    assert kept.cache == "HIT"
    assert "strict-transport-security" not in kept.headers

    settings.SECURE_HSTS_SECONDS = 31536000
    restarted = page_cache_stack()
    after = call(restarted, "/", headers=https)
    assert after.headers["strict-transport-security"] == "max-age=31536000"
    assert call(restarted, "/", headers=https).cache == "HIT"

    settings.SECURE_CSP = {**settings.SECURE_CSP, "upgrade-insecure-requests": True}
    stricter = call(page_cache_stack(), "/", headers=https)
    assert "upgrade-insecure-requests" in stricter.headers["content-security-policy"]
