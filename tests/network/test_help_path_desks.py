"""Issue 15, the desk and comune pages: a closed desk says who answers now, a desk's page
puts its name, status and numbers first, a comune with no known body gets the numbers and
bodies she can call, and an old verification date comes with the numbers that always work."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from network.models import (
    ROME,
    ContactChannel,
    HelpDesk,
    HoursException,
    OpeningHours,
    Organisation,
)

from .. import helpers

CENTRE_NUMBER = "366 9287198"  # L'orecchio di Venere, answered by an operator 24 hours
DESK_NUMBER = "348 2426119"  # the Spazio Anna C. desk (Tuesdays 15:00-18:00)


def visible_text(html):
    """The text as read: visible_text() puts a space after each link ("1522 ,")."""
    return re.sub(r" ([,.:])", r"\1", helpers.visible_text(html))


def main_html(client, url):
    """The page's <main>: the red band of help numbers and the footer are on every page."""
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def main_text(client, url):
    return visible_text(main_html(client, url))


def today_in_rome():
    return timezone.now().astimezone(ROME).date()


def closed_all_day(desk):
    """Open only on another day of the week, with no exception today: closed right now."""
    desk.hours.all().delete()
    desk.hours_exceptions.all().delete()
    other_day = (today_in_rome() + datetime.timedelta(days=2)).weekday()
    OpeningHours.objects.create(
        help_desk=desk, weekday=other_day, opens=datetime.time(9), closes=datetime.time(12)
    )


def open_all_day(desk):
    desk.hours.all().delete()
    desk.hours_exceptions.all().delete()
    HoursException.objects.create(
        help_desk=desk,
        starts_on=today_in_rome(),
        closed=False,
        opens=datetime.time(0, 0),
        closes=datetime.time(23, 59, 59),
    )


@pytest.fixture
def anna(seeded):
    return HelpDesk.objects.get(slug="spazio-anna-c")


# 1. A closed desk says who answers now ----------------------------------------------------


def test_a_closed_desk_s_page_says_who_answers_now_right_under_its_status(anna, client):
    closed_all_day(anna)
    html = main_html(client, anna.get_absolute_url())
    text = visible_text(html)
    assert "Chiuso ora" in text
    assert (
        f"Ora risponde il 1522, gratis, 24 ore su 24. Oppure il centro antiviolenza, a "
        f"qualsiasi ora: {CENTRE_NUMBER}." in text
    )
    # Tap to call, and right under the status: before the desk's own numbers.
    status = html.index("opening-status is-closed")
    helpline = html.index('href="tel:1522"', status)
    centre = html.index('href="tel:3669287198"', status)
    assert status < helpline < centre < html.index('href="tel:3482426119"')
    # Open, or answering 24 hours a day: nothing else to say.
    open_all_day(anna)
    text = main_text(client, anna.get_absolute_url())
    assert "Aperto ora" in text
    assert "Ora risponde il 1522" not in text
    centre = main_text(client, "/sportelli/orecchio-di-venere/")
    assert "Risponde al telefono 24 ore su 24" in centre
    assert "Ora risponde il 1522" not in centre and "Se non risponde nessuno" not in centre


def test_desk_cards_say_who_answers_now_when_closed(anna, client):
    closed_all_day(anna)
    line = (
        "Ora risponde il 1522, gratis, 24 ore su 24. Oppure il centro antiviolenza, a "
        f"qualsiasi ora: {CENTRE_NUMBER}."
    )
    for url in ("/sportelli/", "/sportelli/comune/005005/", "/rete/membri/comune-di-asti/"):
        html = main_html(client, url)
        card = html[html.index("«Spazio Anna C.»") :]
        card = card[: card.index("</article>")]
        assert line in visible_text(card), url
        assert 'href="tel:1522"' in card and 'href="tel:3669287198"' in card, url
    english = visible_text(main_html(client, "/en/sportelli/"))
    assert "Answering now: 1522, free, 24 hours a day. Or the anti-violence centre" in english


def test_a_card_whose_desk_publishes_no_hours_says_so_and_who_answers_if_no_one_does(
    seeded, client
):
    # Antignano: served by CO.GE.SA. Asti Nord, whose desk publishes no hours.
    html = main_html(client, "/sportelli/comune/005003/")
    card = html[html.index("CO.GE.SA. Asti Nord</a>") :]
    card = visible_text(card[: card.index("</article>")])
    assert "Orari non ancora pubblicati · chiama per chiedere" in card
    assert (
        f"Se non risponde nessuno: il 1522, gratis, 24 ore su 24. Oppure il centro "
        f"antiviolenza, a qualsiasi ora: {CENTRE_NUMBER}." in card
    )
    # A confidential place is reached through the centre: no such line on its page.
    text = main_text(client, "/sportelli/casa-rifugio-athena/")
    assert "Orari non ancora pubblicati" not in text and "Se non risponde nessuno" not in text


# 2. The desk's page: name, status, numbers first ------------------------------------------


def test_the_desk_page_puts_name_status_and_numbers_before_the_rest(anna, client):
    closed_all_day(anna)
    HelpDesk.objects.filter(pk=anna.pk).update(description_it="Una descrizione semplice.")
    html = main_html(client, anna.get_absolute_url())
    order = [
        html.index("<h1>"),
        html.index("opening-status"),
        html.index('href="tel:3482426119"'),
        html.index("Una descrizione semplice."),
        html.index("Servizi offerti"),
        html.index("Orari di apertura"),
        html.index("Dove si trova"),
    ]
    assert order == sorted(order)


# 3. Comune pages -----------------------------------------------------------------------------


def test_a_comune_with_no_known_body_gets_the_numbers_and_the_bodies_not_ask_your_comune(
    seeded, client
):
    html = main_html(client, "/sportelli/comune/005001/")  # Agliano Terme: no known body
    text = visible_text(html)
    assert "Chiedi" not in text and "tuo Comune" not in text
    assert (
        "Non sappiamo con certezza quale ente gestisce i servizi sociali di Agliano Terme" in text
    )
    # Who answers now, tap to call.
    for href in ("tel:1522", "tel:3669287198", "tel:0141090009"):
        assert f'href="{href}"' in html
    # The four social-services bodies, what each covers (the first sentence of its role),
    # and their desks' numbers.
    bodies = {
        "comune-di-asti": "Serve la città di Asti.",
        "consorzio-cisa-asti-sud": "Serve i 40 comuni del sud della provincia.",
        "consorzio-cogesa-asti-nord": "Serve i comuni a nord del Tanaro.",
        "consorzio-servizi-socio-assistenziali-chierese": "Serve 25 comuni vicino a Chieri (TO).",
    }
    for slug, area in bodies.items():
        Organisation.objects.filter(slug=slug).update(role_it=f"{area} Il resto del ruolo.")
    html = main_html(client, "/sportelli/comune/005001/")
    text = visible_text(html)
    for slug, area in bodies.items():
        body = Organisation.objects.get(slug=slug)
        assert body.name in text and area in text, slug
        [desk] = body.help_desks.filter(published=True)
        assert f'href="{desk.phone_channels()[0].href()}"' in html, slug
    assert "Il resto del ruolo" not in text
    assert "tel:0141591801" in html and "tel:0119424434" in html


def test_a_mapped_comune_s_desk_card_shows_whether_it_is_open(anna, client):
    closed_all_day(anna)
    html = main_html(client, "/sportelli/comune/005005/")
    local = html[html.index("Il tuo sportello") : html.index("Per tutta la provincia")]
    assert "Chiuso ora" in visible_text(local)
    assert "Ora risponde il 1522" in visible_text(local)
    # The body is known: no list of every body.
    assert "I servizi sociali della provincia" not in visible_text(html)


def add_bodies_and_centres(count):
    """More social-services bodies with desks (hours, phones), and more 24-hour centres."""
    for n in range(count):
        body = Organisation.objects.create(
            name=f"Consorzio {n}",
            slug=f"consorzio-{n}",
            kind="social_services",
            role=f"Consorzio numero {n}. Altro.",
        )
        desk = HelpDesk.objects.create(
            name=f"Sportello {n}", slug=f"sportello-{n}", kind="desk", organisation=body
        )
        ContactChannel.objects.create(help_desk=desk, kind="phone", value=f"0141 00{n:04d}")
        OpeningHours.objects.create(
            help_desk=desk, weekday=n % 7, opens=datetime.time(9), closes=datetime.time(12)
        )
        centre = HelpDesk.objects.create(
            name=f"Centro {n}",
            slug=f"centro-{n}",
            kind="centre",
            organisation=body,
            serves_whole_province=True,
        )
        ContactChannel.objects.create(
            help_desk=centre, kind="mobile", value=f"333 00{n:04d}", available_24h=True
        )


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_a_comune_page_with_no_known_body_asks_the_database_as_often_however_many_desks(
    seeded, client
):
    url = "/sportelli/comune/005001/"
    client.get(url)  # warm anything read once per process
    before = queries_for(client, url)
    add_bodies_and_centres(12)
    after = queries_for(client, url)
    assert after == before, f"{url}: {before} queries, then {after} with 12 more bodies"
    html = main_html(client, url)
    assert "Consorzio numero 11." in html and 'href="tel:0141000011"' in html
    assert 'href="tel:333000011"' in html


# 4. When the numbers were checked -----------------------------------------------------------


def test_numbers_checked_recently_reassure(anna, client, settings):
    settings.CONTACTS_STALE_AFTER_MONTHS = 12
    checked = today_in_rome() - datetime.timedelta(days=40)
    HelpDesk.objects.filter(pk=anna.pk).update(contacts_verified_on=checked)
    html = main_html(client, anna.get_absolute_url())
    text = visible_text(html)
    month = {
        1: "gennaio",
        2: "febbraio",
        3: "marzo",
        4: "aprile",
        5: "maggio",
        6: "giugno",
        7: "luglio",
        8: "agosto",
        9: "settembre",
        10: "ottobre",
        11: "novembre",
        12: "dicembre",
    }[checked.month]
    assert f"Numeri controllati a {month} {checked.year}." in text
    assert f'<time datetime="{checked:%Y-%m-%d}">' in html
    assert "Se un numero non risponde" not in text
    assert "verificati" not in text


def test_old_or_unknown_checks_come_with_the_numbers_that_always_answer(anna, client, settings):
    settings.CONTACTS_STALE_AFTER_MONTHS = 12
    # Seeded: July 2020.
    html = main_html(client, anna.get_absolute_url())
    text = visible_text(html)
    note = (
        "Numeri controllati l'ultima volta a luglio 2020. Se un numero non risponde, il 1522 "
        "risponde sempre: gratis, 24 ore su 24. Anche il centro antiviolenza risponde a "
        f"qualsiasi ora: {CENTRE_NUMBER}."
    )
    assert note in text
    checked = html[html.index("luglio 2020") :]
    assert checked.index('href="tel:1522"') < checked.index('href="tel:3669287198"') < 600
    # Never checked (the Chierese desk): no date, the same numbers.
    chierese = main_text(client, "/sportelli/sportello-consorzio-chierese/")
    assert "Se un numero non risponde, il 1522 risponde sempre" in chierese
    assert "controllati" not in chierese
    # The centre's own page does not send her to itself.
    centre = main_text(client, "/sportelli/orecchio-di-venere/")
    assert "Numeri controllati l'ultima volta a gennaio 2023." in centre
    assert "Anche il centro antiviolenza risponde" not in centre


# The model's part -------------------------------------------------------------------------


def test_the_24_hour_centres_are_the_published_province_wide_ones_answering_by_phone(seeded):
    body = Organisation.objects.get(slug="croce-rossa-italiana")

    def centre(slug, **fields):
        desk = HelpDesk.objects.create(
            name=slug,
            slug=slug,
            kind=fields.pop("kind", "centre"),
            organisation=body,
            serves_whole_province=fields.pop("province", True),
            **fields,
        )
        return desk

    ContactChannel.objects.create(
        help_desk=centre("local", province=False), kind="phone", value="0141 1", available_24h=True
    )
    ContactChannel.objects.create(
        help_desk=centre("draft", published=False),
        kind="phone",
        value="0141 2",
        available_24h=True,
    )
    ContactChannel.objects.create(
        help_desk=centre("mail-only"), kind="email", value="a@example.org", available_24h=True
    )
    ContactChannel.objects.create(help_desk=centre("day-only"), kind="phone", value="0141 3")
    ContactChannel.objects.create(
        help_desk=centre("a-desk", kind="desk"), kind="phone", value="0141 4", available_24h=True
    )
    found = list(HelpDesk.objects.round_the_clock_centres())
    assert [c.slug for c in found] == ["orecchio-di-venere"]
    assert [c.value for c in found[0].round_the_clock_phones()] == [CENTRE_NUMBER, "0141 090009"]
    # The same desks, told apart in Python by the pages that already hold them all.
    every_desk = HelpDesk.objects.prefetch_related("channels")
    assert [d.slug for d in every_desk if d.is_round_the_clock_centre()] == ["orecchio-di-venere"]


def test_contacts_are_recent_within_the_setting(settings):
    settings.CONTACTS_STALE_AFTER_MONTHS = 12
    today = datetime.date(2026, 12, 7)
    desk = HelpDesk(contacts_verified_on=datetime.date(2026, 1, 1))
    assert desk.contacts_recently_verified(today)
    desk.contacts_verified_on = datetime.date(2025, 11, 1)
    assert not desk.contacts_recently_verified(today)
    desk.contacts_verified_on = None
    assert not desk.contacts_recently_verified(today)


def test_the_area_a_body_serves_is_the_first_sentence_of_its_role():
    assert Organisation(role="Il C.I.S.A. Asti Sud serve 40 comuni. Poi altro.").area_served() == (
        "Il C.I.S.A. Asti Sud serve 40 comuni."
    )
    assert Organisation(role="Consorzio di Chieri (Torino). Ente.").area_served() == (
        "Consorzio di Chieri (Torino)."
    )
    assert Organisation(role="Una frase sola").area_served() == "Una frase sola"
    assert Organisation(role="").area_served() == ""
