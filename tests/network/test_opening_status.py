"""Open now / closes at / opens on, in Rome time."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from network.models import HelpDesk, HoursException, OpeningHours, Organisation
from network.templatetags.network_tags import inline_date, opening_status

ROME = ZoneInfo("Europe/Rome")
UTC = datetime.UTC


def rome(*args):
    return datetime.datetime(*args, tzinfo=ROME)


@pytest.fixture
def tuesday_desk(db):
    """Open on Tuesdays 15:00-18:00, like the Spazio Anna C. desk."""
    body = Organisation.objects.create(name="Comune", slug="comune", kind="social_services")
    desk = HelpDesk.objects.create(
        name="Sportello", slug="sportello", kind="desk", organisation=body
    )
    OpeningHours.objects.create(
        help_desk=desk, weekday=1, opens=datetime.time(15), closes=datetime.time(18)
    )
    return desk


def status_at(desk, moment):
    fresh = HelpDesk.objects.with_details(today=moment.astimezone(ROME).date()).get(pk=desk.pk)
    return fresh.opening_status(moment)


def test_open_now_and_when_it_closes(tuesday_desk):
    status = status_at(tuesday_desk, rome(2026, 11, 24, 16, 0))
    assert status.is_open and status.closes_at == rome(2026, 11, 24, 18, 0)


def test_closed_before_opening_says_it_opens_today(tuesday_desk):
    status = status_at(tuesday_desk, rome(2026, 11, 24, 14, 59))
    assert not status.is_open and status.next_opening == rome(2026, 11, 24, 15, 0)


def test_closing_time_is_closed_and_the_next_opening_is_next_week(tuesday_desk):
    status = status_at(tuesday_desk, rome(2026, 11, 24, 18, 0))
    assert not status.is_open and status.next_opening == rome(2026, 12, 1, 15, 0)


def test_a_dated_closure_moves_the_next_opening(tuesday_desk):
    HoursException.objects.create(help_desk=tuesday_desk, starts_on=datetime.date(2026, 12, 1))
    status = status_at(tuesday_desk, rome(2026, 11, 25, 10, 0))
    assert status.next_opening == rome(2026, 12, 8, 15, 0)


def test_a_closure_over_several_weeks_moves_the_next_opening_past_its_last_day(tuesday_desk):
    HoursException.objects.create(
        help_desk=tuesday_desk,
        starts_on=datetime.date(2026, 11, 30),
        ends_on=datetime.date(2026, 12, 9),
    )
    assert status_at(tuesday_desk, rome(2026, 11, 25, 10, 0)).next_opening == rome(
        2026, 12, 15, 15, 0
    )
    # On a day the closure covers, the weekly hours do not hold.
    assert not status_at(tuesday_desk, rome(2026, 12, 8, 16, 0)).is_open


def test_special_hours_on_a_date_count_as_open(tuesday_desk):
    HoursException.objects.create(
        help_desk=tuesday_desk,
        starts_on=datetime.date(2026, 11, 25),
        closed=False,
        opens=datetime.time(9),
        closes=datetime.time(12),
    )
    assert status_at(tuesday_desk, rome(2026, 11, 24, 19, 0)).next_opening == rome(
        2026, 11, 25, 9, 0
    )
    assert status_at(tuesday_desk, rome(2026, 11, 25, 11, 0)).is_open


def test_rome_time_follows_summer_time(tuesday_desk):
    # 13:30 UTC is 15:30 in Rome in summer (open) but 14:30 in winter (closed).
    assert status_at(tuesday_desk, datetime.datetime(2026, 3, 31, 13, 30, tzinfo=UTC)).is_open
    assert not status_at(tuesday_desk, datetime.datetime(2026, 3, 24, 13, 30, tzinfo=UTC)).is_open


def test_no_hours_published_means_no_status(db):
    body = Organisation.objects.create(name="Ente", slug="ente", kind="health")
    desk = HelpDesk.objects.create(name="Letto", slug="letto", kind="secret_bed", organisation=body)
    assert status_at(desk, rome(2026, 11, 24, 16, 0)) is None


@pytest.mark.parametrize(
    ("moment", "italian", "english"),
    [
        (rome(2026, 11, 24, 16, 0), "Aperto ora", "Open now"),
        (rome(2026, 11, 24, 10, 0), "apre oggi alle 15:00", "opens today at 15:00"),
        (rome(2026, 11, 23, 10, 0), "apre domani alle 15:00", "opens tomorrow at 15:00"),
        (
            rome(2026, 11, 25, 10, 0),
            "apre martedì 1 dicembre alle 15:00",
            "opens Tuesday 1 December",
        ),
    ],
)
def test_the_status_reads_naturally(tuesday_desk, moment, italian, english):
    desk = HelpDesk.objects.with_details(today=moment.date()).get(pk=tuesday_desk.pk)
    for language, expected in (("it", italian), ("en", english)):
        with translation.override(language):
            html = " ".join(opening_status({}, desk, now=moment).split())
        assert expected in html, (language, html)


@pytest.mark.parametrize(
    ("language", "fmt", "expected"),
    [
        ("it", "j E Y", "1 dicembre 2026"),
        ("en", "j E Y", "1 December 2026"),
        ("es", "j E Y", "1 de diciembre de 2026"),
        ("es", "l j E", "martes 1 de diciembre"),
        ("es", "E Y", "diciembre de 2026"),
        ("fr", "l j E", "mardi 1 décembre"),
    ],
)
def test_dates_read_as_each_language_writes_them_in_a_sentence(language, fmt, expected):
    with translation.override(language):
        assert inline_date(datetime.date(2026, 12, 1), fmt) == expected
