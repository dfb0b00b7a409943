"""The page-clarity rating: anonymous, cookie-free, bounded, and kind to mistakes."""

import pytest
from django.core.cache import cache

from pages import views
from pages.models import PageFeedback

from ..helpers import visible_text


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()
    yield
    cache.clear()


def test_content_pages_ask_how_clear_they_are(seeded, client):
    for url in ["/servizio/", "/sportelli/spazio-anna-c/", "/en/rete/", "/atti/"]:
        html = client.get(url).content.decode()
        assert 'id="valutazione"' in html, url
        assert 'action="' in html and "/valutazione/" in html, url


def test_a_rating_is_stored_without_anything_that_identifies_the_visitor(seeded, client):
    response = client.post(
        "/valutazione/",
        {"path": "/servizio/", "rating": "4", "reason": "clear", "comment": "Utile"},
        HTTP_USER_AGENT="Mozilla/5.0 test",
        REMOTE_ADDR="203.0.113.7",
    )
    assert response.status_code == 302
    assert response["Location"] == "/servizio/?valutazione=grazie#valutazione"
    assert not response.cookies
    feedback = PageFeedback.objects.get()
    assert (feedback.path, feedback.rating, feedback.reason, feedback.comment) == (
        "/servizio/",
        4,
        "clear",
        "Utile",
    )
    stored = " ".join(str(value) for value in PageFeedback.objects.values().get().values())
    assert "203.0.113.7" not in stored and "Mozilla" not in stored
    thanks = visible_text(client.get(response["Location"]).content.decode())
    assert "Grazie" in thanks


def test_english_ratings_are_kept_with_their_language(seeded, client):
    client.post("/en/valutazione/", {"path": "/en/servizio/", "rating": "5"})
    assert PageFeedback.objects.get().language == "en"


def test_a_missing_rating_is_explained_and_nothing_typed_is_lost(seeded, client):
    response = client.post(
        "/valutazione/", {"path": "/servizio/", "comment": "Non trovo gli orari"}
    )
    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert "Scegli una valutazione da 1 a 5" in text
    assert "Non trovo gli orari" in response.content.decode()
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"path": "https://evil.example/", "rating": "3"},
        {"path": "//evil.example/", "rating": "3"},
        {"path": "/\\evil.example/", "rating": "3"},
        {"path": "/servizio/", "rating": "9"},
        {"path": "/servizio/", "rating": "3", "comment": "x" * 201},
    ],
)
def test_bad_input_is_refused_and_never_redirects_elsewhere(seeded, client, data):
    response = client.post("/valutazione/", data)
    assert response.status_code == 200
    assert not PageFeedback.objects.exists()


def test_bots_filling_the_hidden_field_are_thanked_but_not_stored(seeded, client):
    response = client.post(
        "/valutazione/", {"path": "/servizio/", "rating": "1", "website": "spam"}
    )
    assert response.status_code == 302
    assert not PageFeedback.objects.exists()


def test_abusive_volumes_are_limited(seeded, client, monkeypatch):
    monkeypatch.setattr(views, "FEEDBACK_LIMIT_PER_PAGE", 3)
    for _ in range(3):
        assert (
            client.post("/valutazione/", {"path": "/servizio/", "rating": "2"}).status_code == 302
        )
    response = client.post("/valutazione/", {"path": "/servizio/", "rating": "2"})
    assert response.status_code == 429
    assert 'href="tel:1522"' in response.content.decode()
    assert PageFeedback.objects.count() == 3
    # Another page is not affected by the limit of the first.
    assert client.post("/valutazione/", {"path": "/contatti/", "rating": "2"}).status_code == 302


def test_get_is_not_allowed(seeded, client):
    assert client.get("/valutazione/").status_code == 405
