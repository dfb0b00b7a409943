"""Open data (issue 18): the network's directory as CSV and GeoJSON at stable addresses,
documented on /dati/, and never a confidential place's location in any file."""

import csv
import io
import json
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.http import http_date
from django.utils.translation import gettext
from icalendar import Calendar

from network.models import ContactChannel, HelpDesk, HoursException, Municipality
from opendata.exports import DESK_COLUMNS, MUNICIPALITY_COLUMNS

from .helpers import confidential_centre, visible_text
from .operations.wsgi import call, site_stack

FILES = [
    "/dati/catalogo.jsonld",
    "/dati/sportelli.json",
    "/dati/sportelli.csv",
    "/dati/comuni.csv",
    "/dati/sportelli.geojson",
    "/sportelli/chiusure.ics",
]
# What a confidential place's row may say: what it is and how to reach it.
CONFIDENTIAL_COLUMNS = {
    "id",
    "nome",
    "tipo",
    "ente",
    "luogo_riservato",
    "telefoni_24_ore",
    "pagina",
}


def csv_rows(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")  # LibreOffice and Excel open it as UTF-8
    reader = csv.DictReader(io.StringIO(body.removeprefix("\ufeff")))
    return reader.fieldnames, list(reader)


def test_the_desks_file_has_a_row_per_published_desk(seeded, client):
    response = client.get("/dati/sportelli.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    columns, rows = csv_rows(response)
    assert columns == DESK_COLUMNS
    assert [row["id"] for row in rows] == list(
        HelpDesk.objects.published().order_by("order", "name").values_list("slug", flat=True)
    )
    anna = next(row for row in rows if row["id"] == "spazio-anna-c")
    assert anna["indirizzo"] == "via Natta 3" and anna["comune"] == "Asti"
    assert "0141 399490" in anna["telefoni"].split("; ")
    assert anna["comuni_serviti"] == "005005"
    assert anna["pagina"] == "http://testserver/sportelli/spazio-anna-c/"
    centre = next(row for row in rows if row["id"] == "orecchio-di-venere")
    assert centre["tutta_la_provincia"] == "sì" and centre["telefoni_24_ore"]


def test_closures_and_hours_are_in_the_desks_file(seeded, client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    year = timezone.localdate().year + 1
    desk.hours_exceptions.create(
        starts_on=f"{year}-12-24", ends_on=f"{year}-12-26", note_it="Festività"
    )
    _columns, rows = csv_rows(client.get("/dati/sportelli.csv"))
    anna = next(row for row in rows if row["id"] == "spazio-anna-c")
    assert anna["orari"] == "Martedì 15:00-18:00"
    assert anna["variazioni_orari"] == f"{year}-12-24/{year}-12-26 chiuso"


def test_the_comuni_file_has_all_117_with_who_serves_them_and_the_source(seeded, client):
    columns, rows = csv_rows(client.get("/dati/comuni.csv"))
    assert columns == MUNICIPALITY_COLUMNS
    assert len(rows) == Municipality.objects.count() == 117
    asti = next(row for row in rows if row["codice_istat"] == "005005")
    assert asti["comune"] == "Asti" and asti["ente_gestore"] == "Comune di Asti"
    assert "Spazio Anna C." in asti["sportelli"] and asti["fonte"]
    unknown = [row for row in rows if not row["ente_gestore"]]
    assert all(not row["sportelli"] and not row["fonte"] for row in unknown)


def test_the_map_file_is_geojson_of_public_places_with_coordinates(seeded, client):
    HelpDesk.objects.filter(slug="spazio-anna-c").update(
        latitude=Decimal("44.900123"), longitude=Decimal("8.206456")
    )
    response = client.get("/dati/sportelli.geojson")
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    [feature] = data["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [8.206456, 44.900123]}
    assert feature["properties"]["nome"].startswith("Sportello antiviolenza «Spazio Anna C.»")


def test_no_file_says_where_a_confidential_place_is(seeded, client):
    """Every field of every file, with the place's row holding text that says where it
    is (written past the form's checks; the database refuses an address outright), its
    own phone number and hours."""
    place = HelpDesk.objects.get(slug="posto-letto-segreto-asl-at")
    secrets = {
        "description_it": "Si trova dietro la stazione di Borgo Nascosto",
        "accessibility_it": "Citofono Rossi, ingresso sul retro di via Segretissima",
    }
    HelpDesk.objects.filter(pk=place.pk).update(**secrets)
    ContactChannel.objects.create(help_desk=place, kind="phone", value="0141 777777")
    place.hours.create(weekday=0, opens="09:00", closes="12:00")
    day = timezone.localdate() + timezone.timedelta(days=3)
    HoursException.objects.filter(help_desk=place).delete()
    place.hours_exceptions.create(starts_on=day, note_it="Trasloco a Borgo Nascosto")
    # A confidential centre of its body answers 24 hours a day on its own number: that
    # number reaches no other place's row either.
    confidential_centre(place, "0141 555123")
    words = ["Borgo Nascosto", "Segretissima", "Citofono", "0141 777777", "09:00-12:00"]
    words += ["0141 555123", place.slug, f"{day:%Y%m%d}"]
    for path in FILES:
        body = client.get(path).content.decode()
        for word in words[:6] if path != "/sportelli/chiusure.ics" else words:
            assert word not in body, (path, word)
    _columns, rows = csv_rows(client.get("/dati/sportelli.csv"))
    row = next(row for row in rows if row["id"] == place.slug)
    assert {name for name, value in row.items() if value} == CONFIDENTIAL_COLUMNS
    assert "0141 090009" in row["telefoni_24_ore"]  # through the 24-hour centre
    features = json.loads(client.get("/dati/sportelli.geojson").content)["features"]
    assert place.slug not in [feature["id"] for feature in features]
    _columns, comuni = csv_rows(client.get("/dati/comuni.csv"))
    assert all(place.name not in row["sportelli"] for row in comuni)


def test_drafts_and_scheduled_desks_stay_out_of_every_file(seeded, client):
    HelpDesk.objects.filter(slug="spazio-anna-c").update(published=False)
    HelpDesk.objects.filter(slug="orecchio-di-venere").update(
        publish_from=timezone.now() + timezone.timedelta(hours=1)
    )
    for path in FILES:
        body = client.get(path).content.decode()
        assert "spazio-anna-c" not in body and "Spazio Anna C." not in body, path
        assert "orecchio-di-venere" not in body, path


def test_the_files_take_as_many_queries_whatever_the_number_of_desks(seeded, client):
    def queries(path):
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        return len(captured)

    before = {path: queries(path) for path in FILES}
    # Public desks with everything a file shows: channels, hours, closures, services.
    model = HelpDesk.objects.get(slug="spazio-anna-c")
    services = list(model.services.all())
    for number in range(3):
        desk = HelpDesk.objects.get(pk=model.pk)
        desk.pk, desk.slug = None, f"sportello-copia-{number}"
        desk.save()
        desk.services.set(services)
        desk.channels.create(kind="phone", value=f"0141 00000{number}")
        desk.hours.create(weekday=number, opens="09:00", closes="12:00")
        desk.hours_exceptions.create(starts_on=timezone.localdate() + timezone.timedelta(days=5))
    assert {path: queries(path) for path in FILES} == before


@pytest.fixture
def app(seeded, settings):
    settings.PAGE_FRESH_SECONDS = 5
    return site_stack()


@pytest.mark.parametrize("path", FILES)
def test_each_file_says_when_it_changed_and_answers_conditional_requests(
    app, path, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        HelpDesk.objects.get(slug="spazio-anna-c").save()  # a content version, dated
    first = call(app, path)
    assert first.status == 200
    assert first.headers["last-modified"] and first.headers["etag"]
    again = call(app, path, headers={"If-None-Match": first.headers["etag"]})
    assert (again.status, again.body) == (304, b"")
    since = call(app, path, headers={"If-Modified-Since": first.headers["last-modified"]})
    assert since.status == 304


@pytest.mark.parametrize("path", FILES)
@pytest.mark.parametrize(
    "query", ["?q=<script>alert(1)</script>", "?format=../../etc/passwd", "?%00=%ff"]
)
def test_hostile_requests_get_the_file_or_a_refusal_never_an_error(seeded, client, path, query):
    response = client.get(path + query)
    assert response.status_code in (200, 400)
    assert b"<script>alert(1)" not in response.content
    assert client.post(path).status_code in (403, 405)
    assert client.head(path).status_code == 200


@pytest.mark.parametrize("language", ["", "/en", "/sq", "/ro", "/ar", "/mk", "/uk", "/fr", "/es"])
def test_the_open_data_page_documents_the_files_in_every_language(seeded, client, language):
    html = client.get(f"{language}/dati/").content.decode()
    assert html.count("<h1") == 1
    with translation.override(language[1:] or "it"):
        assert f"<h1>{gettext('Open data')}</h1>" in html
        assert gettext("Confidential places") in html
    for path in FILES:
        assert f'href="{path}"' in html
    assert "CC BY 4.0" in html
    # Linked from the footer of every page.
    assert f'href="{language}/dati/"' in client.get(f"{language}/").content.decode()


def test_the_open_data_page_reads_in_italian(seeded, client):
    text = visible_text(client.get("/dati/").content.decode())
    assert "Dati aperti" in text and "Luoghi riservati" in text


def test_the_closures_calendar_has_every_change_still_to_come(seeded, client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    start = timezone.localdate() + timezone.timedelta(days=10)
    end = start + timezone.timedelta(days=2)
    closure = desk.hours_exceptions.create(starts_on=start, ends_on=end, note_it="Festività")
    special = desk.hours_exceptions.create(
        starts_on=end + timezone.timedelta(days=1),
        ends_on=end + timezone.timedelta(days=3),
        closed=False,
        opens="09:00",
        closes="12:00",
    )
    past = desk.hours_exceptions.create(starts_on=start - timezone.timedelta(days=40))
    response = client.get("/sportelli/chiusure.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert b"\r\n" in response.content
    calendar = Calendar.from_ical(response.content)
    events = {str(event["uid"]).split("@")[0]: event for event in calendar.walk("VEVENT")}
    assert f"variazione-{past.pk}" not in events
    shut = events[f"variazione-{closure.pk}"]
    assert shut["summary"].startswith("Chiuso: Sportello antiviolenza «Spazio Anna C.»")
    assert shut["dtstart"].dt == start
    assert shut["dtend"].dt == end + timezone.timedelta(days=1)  # the day after, as RFC 5545
    assert shut["description"] == "Festività"
    assert shut["location"] == "via Natta 3, 14100 Asti"
    hours = events[f"variazione-{special.pk}"]
    assert hours["dtstart"].dt.hour == 9 and str(hours["dtstart"].dt.tzinfo) == "Europe/Rome"
    assert hours["rrule"]["COUNT"] == [3]
    assert [zone["tzid"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Rome"]


def test_a_closure_stored_until_the_year_9999_breaks_no_file(seeded, client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    today = timezone.localdate()
    desk.hours_exceptions.create(starts_on=today, ends_on="9999-12-31")
    desk.hours_exceptions.create(
        starts_on=today + timezone.timedelta(days=1),
        ends_on="9999-12-30",
        closed=False,
        opens="09:00",
        closes="12:00",
    )
    for path in FILES:
        assert client.get(path).status_code == 200, path
    calendar = Calendar.from_ical(client.get("/sportelli/chiusure.ics").content)
    for event in calendar.walk("VEVENT"):
        assert "rrule" not in event or event["rrule"]["COUNT"][0] <= 367


def test_text_that_a_spreadsheet_would_run_is_written_as_text(seeded, client):
    HelpDesk.objects.filter(slug="spazio-anna-c").update(name_it='=HYPERLINK("http://x","y")')
    _columns, rows = csv_rows(client.get("/dati/sportelli.csv"))
    anna = next(row for row in rows if row["id"] == "spazio-anna-c")
    assert anna["nome"] == '\'=HYPERLINK("http://x","y")'
    assert anna["telefoni"].startswith("348")  # numbers keep their form


def test_last_modified_moves_at_midnight_for_what_is_still_to_come(app):
    from operations.models import ContentVersion

    content_version_began = timezone.now() - timezone.timedelta(days=3)
    ContentVersion.objects.update_or_create(
        pk=1, defaults={"token": "x", "changed_at": content_version_began}
    )
    answer = call(app, "/sportelli/chiusure.ics")
    midnight = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    assert answer.headers["last-modified"] == http_date(midnight.timestamp())
