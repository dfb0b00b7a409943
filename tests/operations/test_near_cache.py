"""Each app server's memory of its pages (operations/nearcache.py), with a real Redis."""

import time

import pytest
from django.urls import reverse

from operations import nearcache, pagecache
from pages.models import Page
from tests.helpers import form_data
from tests.servers import Relay

from .conftest import REDIS_SERVER, redis_cache
from .wsgi import call, page_cache_stack


class RedisReads:
    """Counts the page cache's reads from Redis (the real reads still happen)."""

    def __init__(self, monkeypatch):
        self.count = 0
        original = pagecache.PageCache._cache_get_many

        def counted(keys):
            self.count += 1
            return original(keys)

        monkeypatch.setattr(pagecache.PageCache, "_cache_get_many", staticmethod(counted))


@pytest.fixture
def relay(redis_up, settings):
    """The cache's Redis reached through a relay the test can cut or freeze."""
    _client, prefix = redis_up
    through = Relay(6379).restore()
    database = REDIS_SERVER.rsplit("/", 1)[1]
    settings.CACHES = redis_cache(f"redis://127.0.0.1:{through.port}/{database}", prefix)
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
    yield through
    through.cut()


@pytest.fixture
def trust_for_long(monkeypatch):
    """Only an announcement can make a server forget its pages in these tests, not time."""
    monkeypatch.setattr(nearcache, "TRUST_SECONDS", 600)


def test_a_page_served_again_comes_from_memory_without_asking_redis(
    seeded, redis_up, monkeypatch, trust_for_long
):
    server = page_cache_stack()
    first = call(server, "/rete/")
    # Each encoding is kept in memory once asked for (from Redis the first time).
    reads = RedisReads(monkeypatch)
    assert call(server, "/rete/", headers={"Accept-Encoding": "br"}).cache == "HIT"
    assert reads.count == 1
    third = call(server, "/rete/", headers={"Accept-Encoding": "br"})
    plain = call(server, "/rete/")

    assert (first.cache, third.cache, plain.cache) == ("MISS", "HIT", "HIT")
    assert reads.count == 1
    assert third.headers["content-encoding"] == "br"
    assert plain.body == first.body
    assert third.headers["etag"] != plain.headers["etag"]


def test_an_edit_in_the_admin_reaches_a_server_that_holds_the_page_in_memory(
    seeded, redis_up, admin_client, monkeypatch, trust_for_long
):
    editing_server, other_server = page_cache_stack(), page_cache_stack()
    page = Page.objects.get(slug="privacy")
    url = page.get_absolute_url()
    call(other_server, url)
    reads = RedisReads(monkeypatch)
    assert call(other_server, url).cache == "HIT"
    assert reads.count == 0  # from the other server's memory

    change = reverse("admin:pages_page_change", args=[page.pk])
    data = form_data(admin_client.get(change).content.decode())
    data["title_it"] = "Informativa sulla privacy, aggiornata"
    data["_save"] = "Salva"
    assert admin_client.post(change, data).status_code == 302

    after = call(other_server, url)
    assert after.cache == "MISS"
    assert "Informativa sulla privacy, aggiornata" in after.body.decode()
    assert call(editing_server, url).cache == "HIT"


def test_an_announcement_during_a_read_from_redis_is_never_lost(redis_up, settings):
    memory = nearcache.NearCache(1024 * 1024, nearcache.channel_name(settings.CACHES["default"]))
    assert memory.current_version() is None  # listening now; nothing known yet

    # The version read from Redis before an announcement is learned, the announcement
    # is then read before the version is used: it is forgotten.
    generation = memory.generation
    nearcache.announce("v2")
    memory.learn("v1", generation)
    assert memory.current_version() is None

    memory.learn("v2", memory.generation)
    assert memory.current_version() == "v2"

    # Read before an announcement, learned after the announcement was read: refused.
    generation = memory.generation
    nearcache.announce("v3")
    assert memory.current_version() is None
    memory.learn("v2", generation)
    assert memory.current_version() is None


def test_memory_is_bounded_and_keeps_the_pages_used_last(redis_up, settings):
    memory = nearcache.NearCache(64 * 1024, nearcache.channel_name(settings.CACHES["default"]))
    memory.current_version()
    memory.learn("v1", memory.generation)

    def entry(size):
        return pagecache.Entry("v1", 0, "200 OK", [], b"x" * size, '"e"', 0)

    for number in range(20):
        memory.put(f"page:{number}", entry(4000))
        memory.get("page:0", "v1")  # used all along
    memory.put("page:huge", entry(60 * 1024))  # bigger than an eighth: never kept

    kept = [number for number in range(20) if memory.get(f"page:{number}", "v1")]
    assert 0 in kept and 19 in kept and 1 not in kept
    assert len(kept) * 4512 <= 64 * 1024
    assert memory.get("page:huge", "v1") is None
    assert memory.get("page:19", "v2") is None  # another version is never served


def test_when_redis_goes_away_nothing_is_served_from_memory(
    seeded, relay, monkeypatch, trust_for_long
):
    monkeypatch.setattr(nearcache, "RETRY_SECONDS", 0)
    server = page_cache_stack()
    call(server, "/contatti/")
    assert call(server, "/contatti/").cache == "HIT"

    relay.cut()
    # Redis is gone: this server may have missed an edit, so it renders the page.
    down = [call(server, "/contatti/") for _ in range(3)]
    assert [answer.status for answer in down] == [200] * 3
    assert [answer.cache for answer in down] == ["MISS"] * 3

    relay.restore()
    call(server, "/contatti/")
    reads = RedisReads(monkeypatch)
    assert call(server, "/contatti/").cache == "HIT"
    assert call(server, "/contatti/").cache == "HIT"
    assert reads.count == 0  # listening again: from memory


def test_without_redis_or_when_turned_off_there_is_no_memory_layer(settings, redis_up):
    assert nearcache.for_settings(settings) is not None
    settings.PAGE_MEMORY_CACHE_BYTES = 0
    assert nearcache.for_settings(settings) is None
    settings.PAGE_MEMORY_CACHE_BYTES = 1024 * 1024
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert nearcache.for_settings(settings) is None


def test_a_channel_that_dies_silently_is_noticed_and_memory_no_longer_used(
    seeded, relay, monkeypatch, trust_for_long
):
    monkeypatch.setattr(nearcache, "PING_SECONDS", 0.05)
    monkeypatch.setattr(nearcache, "PONG_SECONDS", 0.2)
    server = page_cache_stack()
    call(server, "/contatti/")
    time.sleep(0.1)
    reads = RedisReads(monkeypatch)
    assert call(server, "/contatti/").cache == "HIT"  # a PING goes out, and its PONG...
    time.sleep(0.1)
    assert call(server, "/contatti/").cache == "HIT"  # ...comes back: still listening
    assert reads.count == 0

    relay.freeze()  # no error, no more bytes: as a firewall dropping the connection
    # The PONG of the last PING may or may not have come through before the freeze:
    # either way a PING goes out within PING_SECONDS and is left unanswered.
    call(server, "/contatti/")
    time.sleep(0.1)
    call(server, "/contatti/")
    time.sleep(0.3)
    after = call(server, "/contatti/")
    assert after.status == 200
    assert after.cache == "MISS"  # not from memory: rendered, Redis being unreachable


def test_a_new_subscription_forgets_what_may_have_been_missed(redis_up, settings):
    channel = nearcache.channel_name(settings.CACHES["default"])
    memory = nearcache.NearCache(1024 * 1024, channel)
    memory.current_version()
    memory.learn("v1", memory.generation)
    memory.put("page:a", pagecache.Entry("v1", 0, "200 OK", [], b"x", '"e"', 0))
    assert memory.current_version() == "v1" and memory.get("page:a", "v1")

    # What redis-py does after reconnecting by itself: subscribe again.
    memory._pubsub.subscribe(channel)
    memory._pubsub.connection.can_read(timeout=2)
    assert memory.current_version() is None
    assert memory.get("page:a", "v1") is None


def test_an_entry_read_before_an_announcement_is_not_kept(redis_up, settings):
    memory = nearcache.NearCache(1024 * 1024, nearcache.channel_name(settings.CACHES["default"]))
    memory.current_version()
    memory.learn("v1", memory.generation)
    nearcache.announce("v2")
    assert memory.current_version() is None  # the announcement is read
    memory.put("page:a", pagecache.Entry("v1", 0, "200 OK", [], b"x", '"e"', 0))
    memory.learn("v2", memory.generation)
    assert memory.get("page:a", "v1") is None
    assert memory.get("page:a", "v2") is None


def test_the_channel_is_the_site_s_own_in_its_redis_database():
    settings_a = {"LOCATION": "redis://127.0.0.1:6379/0", "KEY_PREFIX": "pariopportunita"}
    settings_b = {"LOCATION": "redis://127.0.0.1:6379/1", "KEY_PREFIX": "pariopportunita"}
    assert nearcache.channel_name(settings_a) != nearcache.channel_name(settings_b)
    assert nearcache.channel_name(settings_a) == ("pariopportunita:0:content-version-changed")
