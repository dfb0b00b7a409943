"""The acts' Atom feed (issue 18), in each language: what a feed reader gets."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone, translation

from operations.freshness import content_changed
from operations.models import ContentVersion
from pages.models import Deliberation
from tests.operations.wsgi import call, site_stack

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response):
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root, root.findall(f"{ATOM}entry")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("", "Approvazione del Protocollo d'intesa"),
        ("/en", "Approval of the Memorandum of understanding"),
    ],
)
def test_the_feed_lists_the_published_acts_newest_first(seeded, client, language, title):
    response = client.get(f"{language}/atti/feed/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root, items = entries(response)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == (language[1:] or "it")
    acts = list(Deliberation.objects.published().order_by("-date", "-pk"))
    links = [item.find(f"{ATOM}link").get("href") for item in items]
    with translation.override(language[1:] or "it"):
        assert links == [f"http://testserver{act.get_absolute_url()}" for act in acts]
    assert any(item.find(f"{ATOM}title").text.startswith(title) for item in items)
    dates = [item.find(f"{ATOM}published").text for item in items]
    assert dates == sorted(dates, reverse=True)


def test_drafts_and_acts_waiting_on_their_timetable_stay_out(seeded, client):
    draft, waiting, *_ = Deliberation.objects.published()
    Deliberation.objects.filter(pk=draft.pk).update(published=False)
    Deliberation.objects.filter(pk=waiting.pk).update(
        publish_from=timezone.now() + datetime.timedelta(hours=1)
    )
    body = client.get("/atti/feed/").content.decode()
    assert draft.slug not in body and waiting.slug not in body


def test_the_acts_page_offers_the_feed(seeded, client):
    html = client.get("/atti/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml" href="/atti/feed/"' in html
    assert 'href="/atti/feed/" type="application/atom+xml">Segui i nuovi atti' in html


@pytest.mark.parametrize("query", ["?page=-1", "?q=<script>", "?%ff=%00"])
def test_hostile_queries_get_the_feed(seeded, client, query):
    response = client.get("/atti/feed/" + query)
    assert response.status_code in (200, 400) and b"<script>" not in response.content


def test_the_feed_says_when_the_content_changed_not_when_its_newest_act_is_dated(
    seeded, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_FRESH_SECONDS = 5
    app = site_stack()
    content_changed()
    ContentVersion.objects.update(changed_at=timezone.now() - datetime.timedelta(minutes=1))
    first = call(app, "/atti/feed/")
    # An act dated years ago, published now: a reader that asks "modified since?" learns it.
    with django_capture_on_commit_callbacks(execute=True):
        old = Deliberation.objects.last()
        Deliberation.objects.create(
            issuing_body=old.issuing_body,
            number="999",
            date=datetime.date(2001, 1, 1),
            title="Atto antico pubblicato oggi",
            slug="atto-antico",
            effect=old.effect,
        )
    again = call(app, "/atti/feed/", headers={"If-Modified-Since": first.headers["last-modified"]})
    assert again.status == 200 and b"Atto antico pubblicato oggi" in again.body
