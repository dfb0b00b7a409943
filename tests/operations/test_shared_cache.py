"""The shared cache in Redis, up and down (a real Redis server, and a closed port)."""

from django.core.cache import cache
from django.urls import reverse

from pages.models import PageFeedback
from pages.views import FEEDBACK_LIMIT_PER_VISITOR_AND_PAGE

from .wsgi import call, site_stack


def test_the_rating_limits_are_counted_in_redis(seeded, redis_up, client):
    redis_client, prefix = redis_up
    for number in range(FEEDBACK_LIMIT_PER_VISITOR_AND_PAGE + 2):
        response = client.post(
            reverse("pages:feedback"),
            {"path": "/servizio/", "rating": "5"},
            REMOTE_ADDR="203.0.113.7",
        )
        assert response.status_code == 302, number
    assert PageFeedback.objects.count() == FEEDBACK_LIMIT_PER_VISITOR_AND_PAGE
    # The counts live in Redis, where every app server reads the same numbers: the
    # visitor's own (under a digest, never her address) and the page's.
    assert not list(redis_client.scan_iter(f"{prefix}:*203.0.113.7*"))
    visitor = list(redis_client.scan_iter(f"{prefix}:*feedback*visitor*page*"))
    assert [int(redis_client.get(key)) for key in visitor] == [
        FEEDBACK_LIMIT_PER_VISITOR_AND_PAGE + 2
    ]
    page = [
        key
        for key in redis_client.scan_iter(f"{prefix}:*feedback*:page:*")
        if b"visitor" not in key
    ]
    assert [int(redis_client.get(key)) for key in page] == [FEEDBACK_LIMIT_PER_VISITOR_AND_PAGE]


def test_without_redis_pages_are_still_served(seeded, redis_down):
    app = site_stack()
    answers = [call(app, path) for path in ("/", "/", "/en/sportelli/", "/rete/")]
    assert [answer.status for answer in answers] == [200, 200, 200, 200]
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
