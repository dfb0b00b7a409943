"""The page-clarity rating: anonymous, cookie-free, bounded, and kind to mistakes."""

import datetime

import pytest
from django.core.cache import cache

from network.models import HelpDesk, Organisation, Protocol
from pages import views
from pages.models import Deliberation, PageFeedback

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
    # 400 when the address is wrong (nothing to correct), the form again otherwise.
    assert response.status_code == (200 if data["path"] == "/servizio/" else 400)
    assert not PageFeedback.objects.exists()


def test_bots_filling_the_hidden_field_are_thanked_but_not_stored(seeded, client):
    response = client.post(
        "/valutazione/", {"path": "/servizio/", "rating": "1", "website": "spam"}
    )
    assert response.status_code == 302
    assert not PageFeedback.objects.exists()


def rate(client, path="/servizio/", address="203.0.113.7", rating="2"):
    return client.post(
        "/en/valutazione/" if path.startswith("/en/") else "/valutazione/",
        {"path": path, "rating": rating},
        REMOTE_ADDR=address,
    )


def test_one_visitor_cannot_silence_the_form_for_everybody(seeded, client):
    # Thirty ratings of one page by one person: each thanked, a few kept.
    for _ in range(30):
        response = rate(client, "/rete/")
        assert response.status_code == 302
        assert response["Location"] == "/rete/?valutazione=grazie#valutazione"
    kept = PageFeedback.objects.count()
    assert kept == views.FEEDBACK_LIMIT_PER_VISITOR_AND_PAGE
    # Somebody else's rating of the same page is still kept.
    assert rate(client, "/rete/", address="198.51.100.20").status_code == 302
    assert PageFeedback.objects.count() == kept + 1
    # And the page still answers everybody as usual.
    assert client.get("/rete/").status_code == 200


def test_past_a_limit_a_rating_is_thanked_and_dropped(seeded, client, monkeypatch):
    monkeypatch.setattr(views, "FEEDBACK_LIMIT_PER_PAGE", 3)
    for number in range(6):
        response = rate(client, address=f"198.51.100.{number}")
        # Never an error page: the same thanks as any rating.
        assert response.status_code == 302
        assert response["Location"] == "/servizio/?valutazione=grazie#valutazione"
    assert PageFeedback.objects.count() == 3
    # Another page is not affected by the limit of the first.
    assert rate(client, "/contatti/", address="198.51.100.9").status_code == 302
    assert PageFeedback.objects.count() == 4


def test_a_visitor_past_her_limit_does_not_use_up_the_pages(seeded, client, monkeypatch):
    monkeypatch.setattr(views, "FEEDBACK_LIMIT_PER_PAGE", 5)
    for _ in range(50):
        rate(client, rating="2")
    assert PageFeedback.objects.count() == views.FEEDBACK_LIMIT_PER_VISITOR_AND_PAGE == 3
    # Her dropped ratings were not counted against the page: two others still fit.
    for number in range(4):
        rate(client, address=f"198.51.100.{number}", rating="5")
    assert PageFeedback.objects.filter(rating=5).count() == 2


@pytest.mark.parametrize(
    "path",
    [
        "/cerca/",
        "/valutazione/",
        "/sportelli/comune/005005/",  # a comune's page has no rating form
        "/sportelli/non-esiste/",
        "/atti/2020/non-esiste/",
        "/servizio/?x=1",
        "/servizio",
        "/en/servizio/",  # posted to the Italian form
        "//evil.example.com/",
        "/\\evil.example.com/",
        "https://evil.example.com/servizio/",
        "/admin/",
        "/sitemap.xml",
    ],
)
def test_a_rating_for_an_address_that_is_not_a_rated_page_is_refused(seeded, client, path):
    response = client.post("/valutazione/", {"path": path, "rating": "3"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Questo modulo appartiene a una pagina di questo sito" in visible_text(html)
    assert 'href="tel:1522"' in html
    assert not PageFeedback.objects.exists()
    # No link back to what was posted.
    assert "evil.example.com" not in html


def test_a_rating_for_a_draft_is_refused(seeded, client):
    desk = HelpDesk.objects.first()
    desk.published = False
    desk.save()
    response = client.post("/valutazione/", {"path": desk.get_absolute_url(), "rating": "3"})
    assert response.status_code == 400
    assert not PageFeedback.objects.exists()


def test_every_page_with_the_form_accepts_its_own_ratings(seeded, client):
    paths = [
        "/servizio/",
        "/rete/",
        "/sportelli/",
        "/atti/",
        "/contatti/",
        "/navigare-in-sicurezza/",
        Organisation.objects.published().first().get_absolute_url(),
        Protocol.objects.published().first().get_absolute_url(),
        HelpDesk.objects.published().first().get_absolute_url(),
        Deliberation.objects.published().first().get_absolute_url(),
    ]
    for number, path in enumerate(paths):
        assert 'id="valutazione"' in client.get(path).content.decode(), path
        response = rate(client, path, address=f"198.51.100.{number}")
        assert response["Location"].startswith(path + "?valutazione=grazie"), path
        response = rate(client, "/en" + path, address=f"198.51.100.{number}")
        assert response["Location"].startswith("/en" + path + "?valutazione=grazie"), path
    assert PageFeedback.objects.count() == 2 * len(paths)


def test_get_is_not_allowed(seeded, client):
    assert client.get("/valutazione/").status_code == 405


def test_the_form_asks_what_went_wrong_or_well_depending_on_the_rating(seeded, client):
    html = client.get("/servizio/").content.decode()
    low = html.split('data-feedback-reasons="low"', 1)[1].split("</fieldset>", 1)[0]
    high = html.split('data-feedback-reasons="high"', 1)[1].split("</fieldset>", 1)[0]
    assert "Se hai dato 3 o meno:" in low and 'value="not_clear"' in low
    assert 'value="clear"' not in low and 'value="technical"' in low
    assert "Se hai dato 4 o più:" in high and 'value="found"' in high
    assert 'value="not_clear"' not in high
    # "Something else" fits both, in one radio group (same name, different ids).
    assert 'id="id_reason_7_low"' in low and 'id="id_reason_7"' in high
    # A reason from either group is stored as sent.
    client.post("/valutazione/", {"path": "/servizio/", "rating": "2", "reason": "other"})
    assert PageFeedback.objects.get().reason == "other"


def test_staff_see_ratings_summed_up_by_page(seeded, admin_client):
    today = datetime.date.today()
    for path, rating, comment, days_ago in [
        ("/servizio/", 1, "Non trovo l'orario", 0),
        ("/servizio/", 2, "", 3),
        ("/servizio/", 5, "", 200),
        ("/sportelli/", 5, "", 1),
        ("/sportelli/", 4, "Chiaro", 2),
    ]:
        PageFeedback.objects.create(
            path=path,
            rating=rating,
            comment=comment,
            language="it",
            created_on=today - datetime.timedelta(days=days_ago),
        )
    changelist = admin_client.get("/admin/pages/pagefeedback/").content.decode()
    assert 'href="/admin/pages/pagefeedback/riepilogo/"' in changelist

    def rows(query=""):
        html = admin_client.get("/admin/pages/pagefeedback/riepilogo/" + query).content.decode()
        body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
        return [visible_text(row) for row in body.split("</tr>")[:-1]]

    # Worst average first: path, ratings, average, low, with a comment, latest.
    all_time = rows()
    assert all_time[0].startswith("/servizio/ 3 2,7 2 1")
    assert all_time[1].startswith("/sportelli/ 2 4,5 0 1")
    last_30_days = rows("?giorni=30")
    assert last_30_days[0].startswith("/servizio/ 2 1,5 2 1")
    html = admin_client.get("/admin/pages/pagefeedback/riepilogo/?giorni=30").content.decode()
    assert 'href="/admin/pages/pagefeedback/?path__exact=/servizio/"' in html
    # An unknown period falls back to all ratings instead of failing.
    assert rows("?giorni=abc") == all_time
    assert admin_client.get("/admin/pages/pagefeedback/?path__exact=/servizio/").status_code == 200


def test_the_summary_is_for_staff_only(seeded, client):
    response = client.get("/admin/pages/pagefeedback/riepilogo/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_one_ipv6_line_is_one_visitor(seeded, client):
    """A home or phone line has a whole IPv6 /64: its addresses count as one visitor."""
    for number in range(10):
        rate(client, "/rete/", address=f"2001:db8:1:2::{number + 1:x}")
    assert PageFeedback.objects.count() == views.FEEDBACK_LIMIT_PER_VISITOR_AND_PAGE
    rate(client, "/rete/", address="2001:db8:1:3::1")
    assert PageFeedback.objects.count() == views.FEEDBACK_LIMIT_PER_VISITOR_AND_PAGE + 1
