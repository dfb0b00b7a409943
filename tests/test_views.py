"""Public pages: drafts stay hidden, confidential places stay confidential, queries stay flat."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.models import (
    ContactChannel,
    HelpDesk,
    Municipality,
    OpeningHours,
    Organisation,
    Protocol,
    SupportService,
)
from pages.models import LINKED_FROM_EVERY_PAGE, ContactPoint, Deliberation, Page

from .helpers import blank_pdf, confidential_centre, page_that_may_be_withdrawn, visible_text
from .test_site import public_paths


def test_drafts_are_404_to_the_public(seeded, client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    member = Organisation.objects.get(slug="questura-di-asti")
    act = Deliberation.objects.get(number="231")
    page = page_that_may_be_withdrawn()
    protocol = Protocol.objects.get(slug="protocollo-intesa-violenza-donne")
    urls = [o.get_absolute_url() for o in (desk, member, act, page, protocol)]
    for url in urls:
        assert client.get(url).status_code == 200, url
    for model in (HelpDesk, Organisation, Deliberation, Protocol):
        model.objects.update(published=False)
    Page.objects.exclude(slug__in=LINKED_FROM_EVERY_PAGE).update(published=False)
    for url in urls:
        assert client.get(url).status_code == 404, url
        assert client.get("/en" + url).status_code == 404, url


def test_draft_desks_and_members_do_not_appear_in_lists(seeded, client):
    HelpDesk.objects.filter(slug="spazio-anna-c").update(published=False)
    Organisation.objects.filter(slug="questura-di-asti").update(published=False)
    assert "Spazio Anna C." not in client.get("/sportelli/").content.decode()
    assert "Spazio Anna C." not in client.get("/sportelli/comune/005005/").content.decode()
    assert "Spazio Anna C." not in client.get("/").content.decode()
    assert "Questura di Asti" not in client.get("/rete/").content.decode()


def test_the_protocol_page_shows_the_timeline_and_the_bodies(seeded, client):
    protocol = Protocol.objects.get(slug="protocollo-intesa-violenza-donne")
    text = visible_text(client.get(protocol.get_absolute_url()).content.decode())
    for reference in ("n. 2-9099 del 07/07/2008", "n. 231 del 10/09/2010", "n. 154 del 23/10/2015"):
        assert reference in text
    assert "Consulta Provinciale degli Studenti" in text


def test_an_act_page_says_honestly_when_its_document_is_missing(seeded, client):
    act = Deliberation.objects.get(number="154")
    text = visible_text(client.get(act.get_absolute_url()).content.decode())
    assert "non è disponibile su questo sito" in text


def test_an_act_page_links_its_document(seeded, client, tmp_path):
    act = Deliberation.objects.get(number="231")
    act.document.save("delibera-231.pdf", _pdf_file(), save=True)
    html = client.get(act.get_absolute_url()).content.decode()
    # Through the download view (a PDF attachment), not the file's address under /media/.
    assert f'href="{act.get_absolute_url()}documento/"' in html
    assert act.document.url not in html
    assert "PDF" in html


def _pdf_file():
    from django.core.files.base import ContentFile

    return ContentFile(blank_pdf())


def test_finder_goes_to_the_comune_and_answers_honestly_when_unmapped(seeded, client):
    response = client.get("/sportelli/comune/", {"comune": "005005"})
    assert response.status_code == 302 and response["Location"] == "/sportelli/comune/005005/"
    asti = visible_text(client.get("/sportelli/comune/005005/").content.decode())
    assert "Spazio Anna C." in asti and "L'orecchio di Venere" in asti
    unmapped = visible_text(client.get("/sportelli/comune/005001/").content.decode())
    assert "Non sappiamo con certezza" in unmapped
    assert "1522" in unmapped and "L'orecchio di Venere" in unmapped
    # Nonsense goes back to the list, never to an error.
    assert client.get("/sportelli/comune/", {"comune": "<script>"}).status_code == 302


def test_confidential_places_show_no_location_anywhere(seeded, client):
    confidential = list(HelpDesk.objects.filter(is_confidential=True))
    assert len(confidential) == 2
    for desk in confidential:
        for prefix in ("", "/en"):
            html = client.get(prefix + desk.get_absolute_url()).content.decode()
            assert 'class="address"' not in html
            assert "geo:" not in html and "maps" not in html.lower()
    # On every page of the site, each confidential place is named without any address.
    public_addresses = {
        d.street_address for d in HelpDesk.objects.filter(is_confidential=False) if d.street_address
    }
    for path in public_paths():
        html = client.get(path).content.decode()
        for desk in confidential:
            if desk.name_it not in html:
                continue
            block = html.split(desk.name_it, 1)[1].split("</article>", 1)[0]
            assert not any(address in block for address in public_addresses), path


def add_content(count):
    """Grow every list the public pages show by `count` items."""
    protocol = Protocol.objects.get(slug="protocollo-intesa-violenza-donne")
    service = SupportService.objects.first()
    body = Organisation.objects.get(slug="comune-di-asti")
    for n in range(count):
        organisation = Organisation.objects.create(
            name=f"Ente {n}", slug=f"ente-{n}", kind="third_sector"
        )
        protocol.adherents.add(organisation)
        desk = HelpDesk.objects.create(
            name=f"Sportello {n}",
            slug=f"sportello-{n}",
            kind="desk",
            organisation=body,
            street_address=f"via Prova {n}",
            locality="Asti",
            serves_whole_province=n % 2 == 0,
            # Half of them on the map of /sportelli/.
            latitude=44.9 if n % 2 else None,
            longitude=8.2 if n % 2 else None,
        )
        desk.services.add(service)
        ContactChannel.objects.create(help_desk=desk, kind="phone", value=f"0141 00{n:04d}")
        OpeningHours.objects.create(
            help_desk=desk, weekday=n % 7, opens=datetime.time(9), closes=datetime.time(12)
        )
        Deliberation.objects.create(
            issuing_body="presidente_provincia",
            number=f"9{n}",
            date=datetime.date(2020, 1, 1),
            title=f"Atto {n}",
            slug=f"atto-{n}",
            protocol=protocol,
        ).organisations_added.add(organisation)
        ContactPoint.objects.create(name=f"Ufficio {n}", kind="partner", phone="0141 1")
        Municipality.objects.create(istat_code=f"{900000 + n}", name=f"Comune {n}")


LIST_PAGES = [
    "/",
    "/rete/",
    "/rete/protocolli/protocollo-intesa-violenza-donne/",
    "/sportelli/",
    "/sportelli/comune/005005/",
    "/atti/",
    "/contatti/",
    "/rete/membri/comune-di-asti/",
]


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", LIST_PAGES)
def test_queries_per_page_do_not_grow_with_the_content(seeded, client, url):
    client.get(url)  # warm anything cached once per process
    before = queries_for(client, url)
    add_content(15)
    after = queries_for(client, url)
    assert after == before, f"{url}: {before} queries with the seed, {after} with 15 more items"
    assert before <= 15


def test_desk_pages_say_whether_the_desk_is_open_now(seeded, client):
    text = visible_text(client.get("/sportelli/spazio-anna-c/").content.decode())
    assert ("Aperto ora" in text) != ("Chiuso ora" in text)
    centre = visible_text(client.get("/en/sportelli/orecchio-di-venere/").content.decode())
    assert "Answers the phone 24 hours a day" in centre
    # A place that publishes no hours claims nothing.
    bed = visible_text(client.get("/sportelli/posto-letto-segreto-asl-at/").content.decode())
    assert "Aperto ora" not in bed and "Chiuso ora" not in bed


def test_a_desk_page_lists_its_closures_as_date_ranges(seeded, client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    desk.hours_exceptions.create(
        starts_on=datetime.date(2031, 12, 24),
        ends_on=datetime.date(2031, 12, 26),
        note_it="Festività",
        note_en="Holidays",
    )
    desk.hours_exceptions.create(
        starts_on=datetime.date(2031, 12, 31),
        closed=False,
        opens=datetime.time(9),
        closes=datetime.time(12),
    )
    html = client.get("/sportelli/spazio-anna-c/").content.decode()
    assert (
        'da <time datetime="2031-12-24">mercoledì 24 dicembre 2031</time> '
        'a <time datetime="2031-12-26">venerdì 26 dicembre 2031</time>: chiuso' in html
    )
    assert "Festività" in html
    assert '<time datetime="2031-12-31">mercoledì 31 dicembre 2031</time>: <bdi' in html
    english = client.get("/en/sportelli/spazio-anna-c/").content.decode()
    assert (
        'from <time datetime="2031-12-24">Wednesday 24 December 2031</time> '
        'to <time datetime="2031-12-26">Friday 26 December 2031</time>: closed '
        "(<span>Holidays</span>)" in english
    )
    arabic = client.get("/ar/sportelli/spazio-anna-c/").content.decode()
    assert 'من <time datetime="2031-12-24">' in arabic


def test_a_closure_stored_until_the_year_9999_breaks_no_page(seeded, client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    desk.hours_exceptions.create(
        starts_on=datetime.date(2026, 1, 1), ends_on=datetime.date(9999, 12, 31)
    )
    for url in ("/sportelli/", desk.get_absolute_url(), "/sportelli/comune/005005/"):
        assert client.get(url).status_code == 200, url


def test_a_desk_or_act_links_its_body_or_protocol_only_while_it_is_on_the_site(seeded, client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    act = Deliberation.objects.get(number="231")
    body_url, protocol_url = desk.organisation.get_absolute_url(), act.protocol.get_absolute_url()
    assert f'href="{body_url}"' in client.get(desk.get_absolute_url()).content.decode()
    assert f'href="{protocol_url}"' in client.get(act.get_absolute_url()).content.decode()
    Organisation.objects.filter(pk=desk.organisation_id).update(published=False)
    Protocol.objects.filter(pk=act.protocol_id).update(
        withdraw_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )
    html = client.get(desk.get_absolute_url()).content.decode()
    assert f'href="{body_url}"' not in html and desk.organisation.name in html
    html = client.get(act.get_absolute_url()).content.decode()
    assert f'href="{protocol_url}"' not in html and act.protocol.title in html


def test_a_confidential_centre_s_own_number_is_shown_on_no_other_page(seeded, client):
    place = HelpDesk.objects.get(slug="posto-letto-segreto-asl-at")
    secret = confidential_centre(place, "0141 555123")
    assert not HelpDesk.objects.round_the_clock_centres().filter(pk=secret.pk).exists()
    # (Its own card and page show it, as any place's own channels.)
    for url in (place.get_absolute_url(), "/sportelli/spazio-anna-c/", "/", "/rete/"):
        assert "0141 555123" not in client.get(url).content.decode(), url


def structured_data(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_structured_data_for_the_service_and_the_desks(seeded, client):
    [service] = structured_data(client.get("/").content.decode())
    assert service["@type"] == "GovernmentService"
    [desk] = structured_data(client.get("/en/sportelli/spazio-anna-c/").content.decode())
    assert desk["location"]["address"]["streetAddress"] == "via Natta 3"
    assert desk["location"]["openingHoursSpecification"][0]["dayOfWeek"].endswith("Tuesday")
    assert desk["telephone"] == "348 2426119"


def test_structured_data_never_locates_a_confidential_place(seeded, client):
    for desk in HelpDesk.objects.filter(is_confidential=True):
        html = client.get(desk.get_absolute_url()).content.decode()
        [data] = structured_data(html)
        assert "location" not in data and "geo" not in json.dumps(data)
        assert "address" not in json.dumps(data).lower()


# --- The page of a confidential place says what it is and how to reach it (issue 14).


def _article(html):
    return visible_text(html.split("<article", 1)[1].split("</article>", 1)[0])


@pytest.mark.parametrize(
    ("slug", "what_it_is"),
    [
        ("casa-rifugio-athena", "Casa rifugio: un posto sicuro e segreto dove stare"),
        (
            "posto-letto-segreto-asl-at",
            "Posto letto segreto: un posto sicuro dove passare la notte",
        ),
    ],
)
def test_a_confidential_place_says_what_it_is_and_how_to_reach_it(seeded, client, slug, what_it_is):
    desk = HelpDesk.objects.get(slug=slug)
    html = client.get(desk.get_absolute_url()).content.decode()
    text = _article(html)
    assert what_it_is in text
    assert "Come farti accogliere" in text and "centro antiviolenza" in text
    # It is not a desk, and it has nothing "not yet published": it is reached through
    # the anti-violence centre, which answers around the clock, or 1522.
    assert "questo sportello" not in text.lower() and "non ancora pubblicat" not in text.lower()
    centre = HelpDesk.objects.get(slug="orecchio-di-venere")
    for channel in centre.channels.filter(available_24h=True, kind__in=["phone", "mobile"]):
        assert f'href="{channel.href()}"' in html
    assert 'href="tel:1522"' in html
    assert "un posto sicuro, in un luogo che resta segreto" in html  # meta description

    english = client.get("/en" + desk.get_absolute_url()).content.decode()
    text = _article(english)
    assert "How to be taken in" in text and "anti-violence centre" in text
    assert "this desk" not in text.lower() and "no published phone" not in text.lower()
    assert 'href="tel:1522"' in english


def test_notes_for_a_public_place_never_reach_the_page_of_a_confidential_one(seeded, client):
    # Written before the rule, or straight into the database: never shown.
    HelpDesk.objects.filter(slug="casa-rifugio-athena").update(
        accessibility_it="Rampa in via Segreta 1", accessibility_en="Ramp in via Segreta 1"
    )
    desk = HelpDesk.objects.get(slug="casa-rifugio-athena")
    for prefix in ("", "/en"):
        for path in (desk.get_absolute_url(), "/sportelli/", "/cerca/?q=Rampa"):
            html = client.get(prefix + path).content.decode()
            assert "via Segreta" not in html, path
            assert desk.get_absolute_url() not in html.split("<main", 1)[1] or "Rampa" not in path
    # The same notes on a public desk are shown.
    HelpDesk.objects.filter(slug="spazio-anna-c").update(accessibility_it="Rampa sul retro")
    public = HelpDesk.objects.get(slug="spazio-anna-c")
    assert "Rampa sul retro" in client.get(public.get_absolute_url()).content.decode()
