"""The shared cache in Redis, up and down (a real Redis server, and a closed port)."""

from django.core.cache import cache
from django.urls import reverse

from operations import pagecache
from pages.views import FEEDBACK_LIMIT_PER_PAGE

from .wsgi import call, page_cache_stack


def test_pages_are_shared_through_redis(seeded, redis_up):
    client, prefix = redis_up
    first_server, second_server = page_cache_stack(), page_cache_stack()
    assert call(first_server, "/sportelli/").cache == "MISS"
    assert call(second_server, "/sportelli/").cache == "HIT"
    assert any(b":page:" in key for key in client.scan_iter(f"{prefix}:*"))
    pagecache.content_changed()
    assert call(second_server, "/sportelli/").cache == "MISS"


def test_the_rating_limit_is_counted_in_redis(seeded, redis_up, client):
    redis_client, prefix = redis_up
    data = {"path": "/servizio/", "rating": "5"}
    statuses = [
        client.post(reverse("pages:feedback"), data).status_code
        for _ in range(FEEDBACK_LIMIT_PER_PAGE + 1)
    ]
    assert statuses[:-1] == [302] * FEEDBACK_LIMIT_PER_PAGE
    assert statuses[-1] == 429
    # The count lives in Redis, where every app server reads the same number.
    counters = list(redis_client.scan_iter(f"{prefix}:*feedback*page*"))
    assert [int(redis_client.get(key)) for key in counters] == [FEEDBACK_LIMIT_PER_PAGE + 1]


def test_without_redis_pages_come_from_the_database(seeded, redis_down):
    app = page_cache_stack()
    answers = [call(app, path) for path in ("/", "/", "/en/sportelli/", "/rete/")]
    assert [answer.status for answer in answers] == [200, 200, 200, 200]
    assert [answer.cache for answer in answers] == ["MISS"] * 4
    assert "1522" in answers[0].body.decode()


def test_without_redis_a_rating_is_still_accepted(seeded, redis_down, client):
    response = client.post(reverse("pages:feedback"), {"path": "/servizio/", "rating": "4"})
    assert response.status_code == 302


def test_without_redis_readiness_says_which_part_is_down(db, redis_down, client):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "cache": "unreachable"}
    assert client.get("/healthz").status_code == 200


def test_cache_is_the_redis_one(redis_up):
    # The fixtures really switch Django's cache (or the tests above prove nothing).
    cache.set("probe", "here")
    client, prefix = redis_up
    assert client.get(f"{prefix}:1:probe") is not None
