import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from network.models import (
    ContactChannel,
    HelpDesk,
    HoursException,
    Municipality,
    OpeningHours,
    Organisation,
    Protocol,
    localized_field_names,
)


@pytest.fixture
def organisation(db):
    return Organisation.objects.create(
        name="Comune di Prova", slug="comune-prova", kind="institution"
    )


@pytest.fixture
def desk(organisation):
    return HelpDesk.objects.create(
        name="Sportello", slug="sportello", kind="desk", organisation=organisation
    )


def make_confidential(desk, **location):
    for field, value in location.items():
        setattr(desk, field, value)
    desk.is_confidential = True
    desk.save()


@pytest.mark.parametrize(
    "location",
    [
        {"street_address": "via Roma 1"},
        {"postal_code": "14100"},
        {"locality": "Asti"},
        {"latitude": 44.9, "longitude": 8.2},
        {"directions_it": "Dietro la stazione"},
        {"directions_en": "Behind the station"},
    ],
)
def test_a_confidential_place_cannot_store_any_location(desk, location):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_confidential(desk, **location)


def test_the_admin_form_reports_a_confidential_location_as_an_error(desk):
    desk.street_address = "via Roma 1"
    desk.is_confidential = True
    with (
        translation.override("en"),
        pytest.raises(ValidationError, match="confidential place cannot have an address"),
    ):
        desk.full_clean()


def test_public_location_is_none_for_a_confidential_place(desk):
    desk.street_address, desk.locality = "via Roma 1", "Asti"
    desk.save()
    assert desk.public_location()["street_address"] == "via Roma 1"
    desk.street_address = desk.locality = ""
    make_confidential(desk)
    assert desk.public_location() is None


def test_coordinates_come_in_pairs_and_in_range(desk):
    desk.latitude = 44.9
    with pytest.raises(IntegrityError), transaction.atomic():
        desk.save()
    desk.longitude = 200
    with pytest.raises(IntegrityError), transaction.atomic():
        desk.save()
    desk.longitude = 8.2
    desk.save()


def test_opening_hours_close_after_they_open(desk):
    with pytest.raises(IntegrityError), transaction.atomic():
        OpeningHours.objects.create(
            help_desk=desk, weekday=1, opens=datetime.time(18), closes=datetime.time(15)
        )
    OpeningHours.objects.create(
        help_desk=desk, weekday=1, opens=datetime.time(15), closes=datetime.time(18)
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        OpeningHours.objects.create(
            help_desk=desk, weekday=1, opens=datetime.time(15), closes=datetime.time(17)
        )


def test_an_exception_is_closed_or_has_valid_times(desk):
    day = datetime.date(2026, 12, 25)
    HoursException.objects.create(help_desk=desk, starts_on=day, closed=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        HoursException.objects.create(help_desk=desk, starts_on=day, closed=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        HoursException.objects.create(
            help_desk=desk,
            starts_on=day,
            closed=True,
            opens=datetime.time(9),
            closes=datetime.time(12),
        )
    HoursException.objects.create(
        help_desk=desk,
        starts_on=day,
        closed=False,
        opens=datetime.time(9),
        closes=datetime.time(12),
    )


def test_istat_code_has_six_digits(db):
    with pytest.raises(IntegrityError), transaction.atomic():
        Municipality.objects.create(istat_code="5005", name="Asti")
    Municipality.objects.create(istat_code="005005", name="Asti")
    with pytest.raises(IntegrityError), transaction.atomic():
        Municipality.objects.create(istat_code="005005", name="Asti bis")


def test_slugs_are_unique(organisation):
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisation.objects.create(name="Altro", slug="comune-prova", kind="institution")


def test_a_logo_needs_alternative_text(organisation):
    organisation.logo = "logos/logo.png"
    with pytest.raises(IntegrityError), transaction.atomic():
        organisation.save()
    organisation.logo_alt_it = "Logo del Comune di Prova"
    organisation.save()


def test_channels_24h_first_and_tel_links(desk):
    office = ContactChannel.objects.create(
        help_desk=desk, kind="phone", value="0141 399490", order=1
    )
    always = ContactChannel.objects.create(
        help_desk=desk, kind="mobile", value="366 9287198", available_24h=True, order=2
    )
    assert desk.public_channels() == [always, office]
    assert office.href() == "tel:0141399490"


@pytest.mark.parametrize(
    ("kind", "value", "valid"),
    [
        ("phone", "0141 399490", True),
        ("phone", "ask at the desk", False),
        ("email", "centro@example.org", True),
        ("email", "not an address", False),
        ("web", "https://example.org/", True),
        ("web", "javascript:alert(1)", False),
    ],
)
def test_channel_values_are_checked(desk, kind, value, valid):
    channel = ContactChannel(help_desk=desk, kind=kind, value=value)
    if valid:
        channel.full_clean()
    else:
        with pytest.raises(ValidationError):
            channel.full_clean()


def test_network_members_are_published_adherents_of_a_published_protocol(organisation):
    other = Organisation.objects.create(name="Altro", slug="altro", kind="school")
    hidden = Organisation.objects.create(name="Bozza", slug="bozza", kind="school", published=False)
    protocol = Protocol.objects.create(title="Protocollo", slug="protocollo")
    protocol.adherents.set([organisation, hidden])
    assert list(Organisation.objects.network_members()) == [organisation]
    assert other not in Organisation.objects.network_members()
    protocol.published = False
    protocol.save()
    assert list(Organisation.objects.network_members()) == []


def test_a_comune_is_served_by_its_body_then_by_province_wide_desks(organisation, desk):
    centre_body = Organisation.objects.create(name="Croce Rossa", slug="cri", kind="third_sector")
    centre = HelpDesk.objects.create(
        name="Centro",
        slug="centro",
        kind="centre",
        organisation=centre_body,
        serves_whole_province=True,
    )
    HelpDesk.objects.create(
        name="Bozza", slug="bozza", kind="desk", organisation=organisation, published=False
    )
    served = Municipality.objects.create(
        istat_code="005005", name="Asti", managing_body=organisation
    )
    unknown = Municipality.objects.create(istat_code="005001", name="Agliano Terme")
    assert served.serving_desks() == ([desk], [centre])
    assert unknown.serving_desks() == ([], [centre])


def test_a_change_to_the_hours_spans_days_and_ends_after_it_starts(desk):
    christmas = HoursException.objects.create(
        help_desk=desk, starts_on=datetime.date(2026, 12, 24), ends_on=datetime.date(2026, 12, 26)
    )
    assert str(christmas) == "24/12/2026–26/12/2026"
    assert [christmas.covers(datetime.date(2026, 12, day)) for day in (23, 24, 26, 27)] == [
        False,
        True,
        True,
        False,
    ]
    # Left empty, the last day is the first: one day.
    one_day = HoursException(help_desk=desk, starts_on=datetime.date(2026, 12, 8))
    one_day.full_clean()
    one_day.save()
    assert one_day.ends_on == one_day.starts_on and str(one_day) == "08/12/2026"
    backwards = HoursException(
        help_desk=desk, starts_on=datetime.date(2026, 12, 8), ends_on=datetime.date(2026, 12, 7)
    )
    with pytest.raises(ValidationError) as refused:
        backwards.full_clean()
    assert refused.value.message_dict == {
        "ends_on": ["L’ultimo giorno non può venire prima del primo."]
    }
    with pytest.raises(IntegrityError), transaction.atomic():
        backwards.save()


def test_a_change_to_the_hours_lasts_at_most_a_year(desk):
    change = HoursException(
        help_desk=desk, starts_on=datetime.date(2026, 12, 24), ends_on=datetime.date(2027, 12, 25)
    )
    change.full_clean()  # a year and a day: 366 days
    change.ends_on = datetime.date(2206, 12, 26)  # a typo for 2026
    with pytest.raises(ValidationError) as refused:
        change.full_clean()
    assert list(refused.value.message_dict) == ["ends_on"]


def test_a_closure_stored_until_the_year_9999_breaks_no_page(desk):
    """Past the form (the shell, an import): the opening status still answers at once."""
    desk.hours.create(weekday=1, opens=datetime.time(15), closes=datetime.time(18))
    HoursException.objects.create(
        help_desk=desk, starts_on=datetime.date(2026, 12, 1), ends_on=datetime.date(9999, 12, 31)
    )
    status = (
        HelpDesk.objects.for_cards()
        .get(pk=desk.pk)
        .opening_status(datetime.datetime(2026, 12, 7, 10, tzinfo=datetime.UTC))
    )
    assert status is not None and not status.is_open and status.next_opening is None


def _change(first, last, opens=None, closes=None):
    return HoursException(
        starts_on=datetime.date(2026, 12, first),
        ends_on=datetime.date(2026, 12, last),
        closed=opens is None,
        opens=opens and datetime.time(opens),
        closes=closes and datetime.time(closes),
    )


@pytest.mark.parametrize(
    ("one", "other", "conflict"),
    [
        (_change(24, 26), _change(26, 31), True),  # two closures share the 26th
        (_change(24, 26), _change(27, 31), False),
        (_change(24, 26), _change(25, 25, 9, 12), True),  # open and closed the 25th?
        (_change(21, 23, 9, 12), _change(23, 23, 14, 17), False),  # morning, afternoon
        (_change(21, 23, 9, 12), _change(23, 23, 11, 17), True),
        (_change(21, 23, 9, 12), _change(20, 20, 9, 12), False),
    ],
)
def test_changes_that_cannot_both_hold_are_told_apart(one, other, conflict):
    assert one.conflicts_with(other) is conflict
    assert other.conflicts_with(one) is conflict


# --- Confidential places: their free text may not say where they are (issue 14).

FREE_TEXT_COLUMNS = [
    column for field_name in ("name", "description") for column in localized_field_names(field_name)
]
PLACE_ONLY_COLUMNS = [
    column
    for field_name in ("directions", "accessibility")
    for column in localized_field_names(field_name)
]


@pytest.mark.parametrize(
    "text",
    [
        "Ingresso da via Segreta 1",
        "Cap 14100",
        "Si trova presso l'ospedale",
        "44.9, 8.2",
        "Vicino a Canelli",
        "Vicino ad Asti",
    ],
)
@pytest.mark.parametrize("column", FREE_TEXT_COLUMNS)
def test_a_confidential_place_whose_text_says_where_it_is_is_invalid(desk, column, text):
    Municipality.objects.create(istat_code="005017", name="Canelli")
    setattr(desk, column, text)
    desk.full_clean()  # a public desk may say where it is
    desk.is_confidential = True
    with translation.override("it"), pytest.raises(ValidationError) as refused:
        desk.full_clean()
    assert list(refused.value.message_dict) == [column]
    assert "dice dove si trova un luogo riservato" in refused.value.message_dict[column][0]


@pytest.mark.parametrize("column", PLACE_ONLY_COLUMNS)
def test_a_confidential_place_has_no_directions_or_accessibility_notes(desk, column):
    setattr(desk, column, "Rampa per sedie a rotelle")
    desk.full_clean()
    desk.is_confidential = True
    with pytest.raises(ValidationError) as refused:
        desk.full_clean()
    assert column in refused.value.message_dict


def test_no_page_can_reach_the_place_notes_of_a_confidential_place(desk):
    desk.accessibility = "Rampa sul retro"
    assert desk.public_place_notes()["accessibility"] == "Rampa sul retro"
    desk.is_confidential = True
    assert desk.public_place_notes() == {}


def test_the_body_that_runs_a_confidential_place_may_not_say_where_it_is(desk, organisation):
    organisation.role_it = "Ha sede in via Roma 1"
    organisation.full_clean()
    desk.full_clean()
    make_confidential(desk)
    with pytest.raises(ValidationError) as refused:
        organisation.full_clean()
    assert list(refused.value.message_dict) == ["role_it"]
    organisation.save()
    with pytest.raises(ValidationError) as refused:
        desk.full_clean()
    assert list(refused.value.message_dict) == ["organisation"]


def test_the_rows_shown_on_a_confidential_place_page_are_checked_too(desk):
    channel = ContactChannel(help_desk=desk, kind="phone", value="0141 000000")
    channel.label_it = "Citofono di via Segreta 1"
    exception = HoursException(help_desk=desk, starts_on=datetime.date(2026, 12, 25))
    exception.note_en = "Closed: the hospital is shut"
    channel.full_clean()
    exception.full_clean()
    make_confidential(desk)
    with pytest.raises(ValidationError, match="label_it"):
        channel.full_clean()
    with pytest.raises(ValidationError, match="note_en"):
        exception.full_clean()
