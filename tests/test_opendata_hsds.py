"""/dati/sportelli.json (issue 18): the help desks in Open Referral's HSDS 3.0, validated
against its published JSON schemas (tests/schemas/hsds-3.0/, see its README)."""

import json
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import timezone
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from network.models import ContactChannel, HelpDesk, HoursException, Language, Organisation

from .helpers import confidential_centre

SCHEMAS = Path(__file__).parent / "schemas" / "hsds-3.0"
URL = "/dati/sportelli.json"


def _closed(schema):
    """The schema with every object closed to the properties it names: a misspelt field
    fails the test instead of passing as an extension."""
    if isinstance(schema, dict):
        schema = {key: _closed(value) for key, value in schema.items()}
        if schema.get("type") == "object" and "properties" in schema:
            schema["additionalProperties"] = False
    elif isinstance(schema, list):
        schema = [_closed(value) for value in schema]
    return schema


def validator():
    resources = [
        (path.name, Resource.from_contents(_closed(json.loads(path.read_text())), DRAFT202012))
        for path in SCHEMAS.glob("*.json")
    ]
    package = {"type": "array", "items": {"$ref": "service.json"}}
    return Draft202012Validator(
        package,
        registry=Registry().with_resources(resources),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def errors(services):
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator().iter_errors(services)
    ]


def download(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content)


def test_the_schemas_are_there_and_catch_a_wrong_file():
    assert len(list(SCHEMAS.glob("*.json"))) == 21
    assert errors([{"id": "1", "name": "x"}])  # no status, an id that is not a UUID
    assert errors(
        [{"id": str(uuid.uuid4()), "name": "x", "status": "active", "phone": []}]
    )  # misspelt


def test_the_seed_s_desks_are_valid_hsds_services(seeded, client):
    services = download(client)
    assert errors(services) == []
    assert [service["name"] for service in services] == list(
        HelpDesk.objects.published().order_by("order", "name").values_list("name", flat=True)
    )
    anna = next(s for s in services if s["url"].endswith("/sportelli/spazio-anna-c/"))
    assert anna["organization"]["name"] == "Comune di Asti"
    assert {phone["number"] for phone in anna["phones"]} == {"348 2426119", "0141 399490"}
    weekly = anna["schedules"][0]
    assert {key: weekly[key] for key in ("freq", "wkst", "byday", "description")} == {
        "freq": "WEEKLY",
        "wkst": "MO",
        "byday": "TU",
        "description": "Orario settimanale",
    }
    # Each time with Rome's UTC offset, one row per period of it over the coming year.
    offsets = {(s["opens_at"], s["closes_at"]) for s in anna["schedules"]}
    assert offsets == {("15:00+01:00", "18:00+01:00"), ("15:00+02:00", "18:00+02:00")}
    assert anna["schedules"][0]["valid_from"] == f"{timezone.localdate():%Y-%m-%d}"
    assert [area["description"] for area in anna["service_areas"]] == [
        "Comune, codice ISTAT 005005"
    ]
    address = anna["service_at_locations"][0]["location"]["addresses"][0]
    assert (address["address_1"], address["city"], address["country"]) == (
        "via Natta 3",
        "Asti",
        "IT",
    )
    centre = next(s for s in services if s["url"].endswith("/sportelli/orecchio-di-venere/"))
    assert [area["name"] for area in centre["service_areas"]] == ["Provincia di Asti"]
    assert "24 ore su 24" in centre["phones"][0]["description"]


def test_everything_a_desk_can_hold_is_valid(seeded, client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    HelpDesk.objects.filter(pk=desk.pk).update(
        latitude=Decimal("44.900"),
        longitude=Decimal("8.206"),
        directions_it="Autobus 1, fermata Natta",
        contacts_verified_on=timezone.localdate(),
    )
    desk.channels.create(kind=ContactChannel.Kind.EMAIL, value="anna@example.org")
    arabic = Language.objects.get_or_create(code="ar", defaults={"name": "arabo"})[0]
    desk.languages.add(arabic)
    year = timezone.localdate().year + 1
    desk.hours_exceptions.create(
        starts_on=f"{year}-12-24", ends_on=f"{year}-12-26", note_it="Festività"
    )
    desk.hours_exceptions.create(
        starts_on=f"{year}-12-31", closed=False, opens="09:00", closes="11:00"
    )
    # A row stored past the form's one-year limit lasts the limit.
    HoursException.objects.bulk_create(
        [HoursException(help_desk=desk, starts_on=f"{year}-06-01", ends_on="9999-12-31")]
    )
    services = download(client)
    assert errors(services) == []
    anna = next(s for s in services if s["url"].endswith("/sportelli/spazio-anna-c/"))
    assert anna["email"] == "anna@example.org"
    assert anna["assured_date"] == f"{timezone.localdate():%Y-%m-%d}"
    assert {"name": arabic.name, "code": "ar"}.items() <= anna["languages"][0].items()
    location = anna["service_at_locations"][0]["location"]
    assert (location["latitude"], location["longitude"]) == (44.9, 8.206)
    assert location["transportation"] == "Autobus 1, fermata Natta"
    # The dated changes are the service's alert, not schedules that would say it is open.
    assert anna["alert"] == (
        f"Chiuso dal {year}-06-01 al {year + 1}-06-01; "
        f"Chiuso dal {year}-12-24 al {year}-12-26 (Festività); "
        f"Orario speciale il {year}-12-31: 09:00-11:00 (ora di Roma)"
    )
    assert all(s["description"] == "Orario settimanale" for s in anna["schedules"])


def test_identifiers_are_uuids_stable_and_unique(seeded, client):
    first, second = download(client), download(client)
    assert first == second

    def ids(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "id" or key.endswith("_id"):
                    yield key, item
                else:
                    yield from ids(item)
        elif isinstance(value, list):
            for item in value:
                yield from ids(item)

    found = list(ids(first))
    assert all(uuid.UUID(value).version == 5 for _key, value in found)
    own = [value for key, value in found if key == "id"]
    organisations = {s["organization"]["id"] for s in first}
    # Each row has its own identifier; an organization repeats with each of its services.
    assert len(set(own)) == len(own) - (len(first) - len(organisations))


def test_a_confidential_place_is_only_what_it_is_and_how_to_reach_it(seeded, client):
    place = HelpDesk.objects.get(slug="posto-letto-segreto-asl-at")
    HelpDesk.objects.filter(pk=place.pk).update(
        description_it="Dietro la stazione di Borgo Nascosto"
    )
    place.channels.create(kind="phone", value="0141 777777")
    place.hours.create(weekday=0, opens="09:00", closes="12:00")
    confidential_centre(place, "0141 555123")
    services = download(client)
    assert errors(services) == []
    body = json.dumps(services, ensure_ascii=False)
    # The confidential centre is listed as what it is; its own number is not.
    for word in ("Borgo Nascosto", "0141 777777", "0141 555123"):
        assert word not in body
    row = next(s for s in services if s["url"].endswith(f"/sportelli/{place.slug}/"))
    assert set(row) == {
        "id",
        "organization_id",
        "name",
        "status",
        "url",
        "organization",
        "description",
        "phones",
    }
    assert row["description"].startswith("Posto letto segreto. Luogo riservato:")
    assert [(p["number"], p["description"]) for p in row["phones"]] == [
        (
            "366 9287198",
            "Centro antiviolenza «L'orecchio di Venere» – Croce Rossa Italiana, 24 ore su 24",
        ),
        (
            "0141 090009",
            "Centro antiviolenza «L'orecchio di Venere» – Croce Rossa Italiana, 24 ore su 24",
        ),
    ]


@pytest.mark.parametrize("query", ["", "?format=xml", "?%00", "?page=-1"])
def test_the_file_is_the_same_whatever_the_query(seeded, client, query):
    assert client.get(URL + query).content == client.get(URL).content


def test_a_change_dated_in_the_year_9999_is_left_out_of_every_file(seeded, client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    HoursException.objects.bulk_create(
        [HoursException(help_desk=desk, starts_on="9999-12-31", ends_on="9999-12-31")]
    )
    for path in (URL, "/sportelli/chiusure.ics", "/dati/sportelli.csv"):
        response = client.get(path)
        assert response.status_code == 200
        assert b"9999" not in response.content


def test_a_draft_body_gives_only_its_name_and_kind(seeded, client):
    Organisation.objects.filter(slug="comune-di-asti").update(
        published=False, website="https://bozza.example.org/"
    )
    anna = next(s for s in download(client) if s["url"].endswith("/sportelli/spazio-anna-c/"))
    assert anna["organization"] | {"id": None} == {
        "id": None,
        "name": "Comune di Asti",
        "description": "Enti gestori dei servizi sociali",
    }
