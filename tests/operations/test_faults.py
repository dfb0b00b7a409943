"""Faults made real: gunicorn running the site while PostgreSQL or Redis becomes unreachable
(the relay in front of each closes its port), then comes back."""

import urllib.parse

import pytest
import redis

from tests.servers import (
    AppServer,
    Relay,
    get,
    production_environment,
    throwaway_database,
)

REDIS_DB = 8


@pytest.fixture(scope="module")
def stack(postgres_server, redis_server):
    """One app server whose database and cache both pass through relays."""
    database_relay = Relay(postgres_server.port).restore()
    redis_relay = Relay(redis_server.port).restore()
    prefix = "faults-test"
    env = production_environment(
        DJANGO_PLAIN_STATIC_FILES="1",
        DJANGO_CACHE_PREFIX=prefix,
        WEB_CONCURRENCY="1",
        GUNICORN_THREADS="2",
    )
    with throwaway_database("pi_faults", env, postgres_server) as name:
        server = AppServer(
            {
                **env,
                "DATABASE_URL": postgres_server.url(name, port=database_relay.port),
                "REDIS_URL": f"redis://127.0.0.1:{redis_relay.port}/{REDIS_DB}",
            }
        )
        try:
            yield server.start(), database_relay, redis_relay
        finally:
            server.stop()
            database_relay.cut()
            redis_relay.cut()
            client = redis.Redis(port=redis_server.port, db=REDIS_DB)
            for key in client.scan_iter(f"{prefix}:*"):
                client.delete(key)


def test_database_down_every_page_says_where_to_get_help(stack):
    """nginx in front then serves the pages it holds (tests/integration/test_proxy.py);
    the app's own answer is the help numbers."""
    server, database, _cache = stack
    fresh = get(server.url + "/")
    assert fresh.status == 200

    database.cut()
    try:
        home = get(server.url + "/", headers={"If-None-Match": fresh.headers["ETag"]})
        desks = get(server.url + "/en/sportelli/", headers={"Accept-Language": "it"})
        ready = get(server.url + "/readyz")
        alive = get(server.url + "/healthz")
    finally:
        database.restore()

    # Not even a revalidation is answered 304 without the database.
    assert home.status == 503
    assert desks.status == 503
    assert desks.headers["Retry-After"] == "30"
    assert "no-store" in desks.headers["Cache-Control"]
    page = desks.text
    assert "The site is temporarily unavailable" in page
    assert 'lang="en"' in page
    for number in ("1522", "112"):
        assert number in page
    assert 'id="quick-exit"' in page
    assert "Traceback" not in page and "OperationalError" not in page
    assert "s-maxage" not in desks.headers["Cache-Control"]
    assert ready.status == 503
    assert '"database": "unreachable"' in ready.text
    assert alive.status == 200

    # Back without a restart: the same app server renders the page again.
    recovered = get(server.url + "/en/sportelli/")
    assert recovered.status == 200
    assert "1522" in recovered.text
    assert get(server.url + "/readyz").status == 200


def test_redis_down_pages_and_ratings_still_work(stack):
    server, _database, cache = stack
    cache.cut()
    try:
        pages = [get(server.url + path) for path in ("/rete/", "/en/", "/atti/")]
        rating = get(
            server.url + "/valutazione/",
            data=urllib.parse.urlencode({"path": "/rete/", "rating": "5"}).encode(),
        )
        ready = get(server.url + "/readyz")
    finally:
        cache.restore()

    assert [page.status for page in pages] == [200, 200, 200]
    assert all("s-maxage" in page.headers["Cache-Control"] for page in pages)
    assert rating.status == 302
    assert ready.status == 503
    assert '"cache": "unreachable"' in ready.text

    assert get(server.url + "/readyz").status == 200
