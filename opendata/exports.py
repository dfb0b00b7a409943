"""What the open-data files hold, built from the published network (issue 18).

A confidential place appears only as what it is and how to reach it: through the
anti-violence centres that answer around the clock. Never its address, coordinates,
comune, hours, own contacts or free text (tests/test_opendata.py walks every field).
Texts are the Italian ones, the site's reference language.
"""

import datetime
from collections import defaultdict
from urllib.parse import urlsplit

from django.utils import timezone, translation
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from network.models import (
    MAX_EXCEPTION_SPAN,
    PHONE_KINDS,
    ROME,
    ContactChannel,
    HelpDesk,
    Municipality,
)

LICENCE_NAME = "Creative Commons Attribution 4.0 (CC BY 4.0)"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.it"

DESK_COLUMNS = [
    "id",
    "nome",
    "tipo",
    "ente",
    "luogo_riservato",
    "indirizzo",
    "cap",
    "comune",
    "latitudine",
    "longitudine",
    "telefoni",
    "telefoni_24_ore",
    "email",
    "sito_web",
    "orari",
    "variazioni_orari",
    "lingue",
    "servizi",
    "tutta_la_provincia",
    "comuni_serviti",
    "contatti_verificati_il",
    "pagina",
]
MUNICIPALITY_COLUMNS = ["codice_istat", "comune", "ente_gestore", "sportelli", "fonte"]


def _desks():
    return HelpDesk.objects.published().with_details().order_by("order", "name")


def _served_by_body():
    """{organisation id: [ISTAT codes of the comuni it serves]}, in one query."""
    served = defaultdict(list)
    for body, code in Municipality.objects.exclude(managing_body=None).values_list(
        "managing_body", "istat_code"
    ):
        served[body].append(code)
    return served


def _joined(values):
    return "; ".join(str(value) for value in values if value)


def _channels(channels, kinds):
    return [c.value for c in channels if c.kind in kinds]


def _hours(desk):
    return _joined(
        f"{slot.get_weekday_display()} {slot.opens:%H:%M}-{slot.closes:%H:%M}"
        for slot in desk.weekly_hours()
    )


def coming_changes(desk, today):
    """The dated changes to a desk's hours the files list: those not over yet that start
    within two years (a row dated in the year 9999 is not a plan anyone can act on)."""
    return [
        change
        for change in desk.upcoming_hours_exceptions(today)
        if change.starts_on <= today + 2 * MAX_EXCEPTION_SPAN
    ]


def _exceptions(desk, today):
    rows = []
    for change in coming_changes(desk, today):
        days = f"{change.starts_on:%Y-%m-%d}"
        if not change.lasts_one_day:
            days += f"/{change.ends_on:%Y-%m-%d}"
        hours = "chiuso" if change.closed else f"{change.opens:%H:%M}-{change.closes:%H:%M}"
        rows.append(f"{days} {hours}")
    return _joined(rows)


def desk_rows(origin, today=None):
    """One dict per published desk, DESK_COLUMNS as keys, values as text."""
    today = today or timezone.localdate()
    served = _served_by_body()
    rows = []
    desks = list(_desks())
    with translation.override("it"):
        for desk in desks:
            row = dict.fromkeys(DESK_COLUMNS, "")
            row.update(
                id=desk.slug,
                nome=desk.name,
                tipo=str(desk.get_kind_display()),
                ente=desk.organisation.name,
                luogo_riservato="sì" if desk.is_confidential else "no",
                pagina=origin + desk.get_absolute_url(),
            )
            if desk.is_confidential:
                # How to reach it, and nothing of where it is.
                centres = desk.reached_through(among=desks)
                phones = [
                    f"{centre.name}: {channel.value}"
                    for centre in centres
                    for channel in centre.round_the_clock_phones()
                ]
                row.update(telefoni_24_ore=_joined(phones))
                rows.append(row)
                continue
            location = desk.public_location() or {}
            channels = desk.public_channels()
            row.update(
                indirizzo=location.get("street_address", ""),
                cap=location.get("postal_code", ""),
                comune=location.get("locality", ""),
                latitudine=location.get("latitude") or "",
                longitudine=location.get("longitude") or "",
                telefoni=_joined(_channels(channels, PHONE_KINDS)),
                telefoni_24_ore=_joined(c.value for c in desk.round_the_clock_phones()),
                email=_joined(
                    _channels(channels, (ContactChannel.Kind.EMAIL, ContactChannel.Kind.PEC))
                ),
                sito_web=_joined(_channels(channels, (ContactChannel.Kind.WEB,))),
                orari=_hours(desk),
                variazioni_orari=_exceptions(desk, today),
                lingue=_joined(language.name for language in desk.languages.all()),
                servizi=_joined(service.name for service in desk.services.all()),
                tutta_la_provincia="sì" if desk.serves_whole_province else "no",
                comuni_serviti=""
                if desk.serves_whole_province
                else " ".join(sorted(served.get(desk.organisation_id, []))),
                contatti_verificati_il=f"{desk.contacts_verified_on:%Y-%m-%d}"
                if desk.contacts_verified_on
                else "",
            )
            rows.append(row)
    return rows


def municipality_rows():
    """One dict per comune (MUNICIPALITY_COLUMNS): who serves it, and the source."""
    local = defaultdict(list)
    for desk in HelpDesk.objects.published().filter(is_confidential=False).order_by("order"):
        local[desk.organisation_id].append(desk.name)
    rows = []
    for comune in Municipality.objects.with_serving_body().order_by("istat_code"):
        body = comune.managing_body
        rows.append(
            {
                "codice_istat": comune.istat_code,
                "comune": comune.name,
                "ente_gestore": body.name if body else "",
                "sportelli": _joined(local.get(comune.managing_body_id, [])),
                "fonte": comune.managing_body_source,
            }
        )
    return rows


def desk_features(origin):
    """A GeoJSON FeatureCollection of the public places with coordinates."""
    features = []
    for row in desk_rows(origin):
        if row["luogo_riservato"] != "no" or row["latitudine"] == "":
            continue
        properties = {
            key: row[key]
            for key in (
                "id",
                "nome",
                "tipo",
                "ente",
                "indirizzo",
                "cap",
                "comune",
                "telefoni",
                "telefoni_24_ore",
                "email",
                "sito_web",
                "orari",
                "pagina",
            )
        }
        features.append(
            {
                "type": "Feature",
                "id": row["id"],
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(row["longitudine"]), float(row["latitudine"])],
                },
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _rome_time_zone():
    """Europe/Rome as calendars write it: the EU rule once, not a list of dates."""
    zone = Timezone()
    zone.add("tzid", "Europe/Rome")
    for kind, name, start, month, offsets in (
        (TimezoneDaylight, "CEST", datetime.datetime(1970, 3, 29, 2), 3, ("+0100", "+0200")),
        (TimezoneStandard, "CET", datetime.datetime(1970, 10, 25, 3), 10, ("+0200", "+0100")),
    ):
        part = kind()
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        part.add("tzoffsetfrom", datetime.timedelta(hours=int(offsets[0][:3])))
        part.add("tzoffsetto", datetime.timedelta(hours=int(offsets[1][:3])))
        zone.add_component(part)
    return zone


def closures_calendar(origin, changed_at=None):
    """An iCalendar of the dated closures and special hours still to come of the public
    desks (a confidential place's are left out): a closure is an all-day event over its
    days, special hours an event repeated on each of its days, in Rome time."""
    calendar = Calendar()
    calendar.add("prodid", "-//Provincia di Asti//Servizio Pari Opportunita//IT")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Chiusure e orari speciali degli sportelli antiviolenza")
    calendar.add("x-wr-timezone", "Europe/Rome")
    calendar.add_component(_rome_time_zone())
    stamp = changed_at or timezone.now()
    today = timezone.localdate()
    desks = (
        HelpDesk.objects.published()
        .filter(is_confidential=False)
        .for_cards(today)
        .order_by("order", "name")
    )
    with translation.override("it"):
        for desk in desks:
            for change in coming_changes(desk, today):
                calendar.add_component(_closure_event(desk, change, origin, stamp))
    return calendar.to_ical()


def _closure_event(desk, change, origin, stamp):
    event = Event()
    event.add("uid", f"variazione-{change.pk}@{urlsplit(origin).hostname}")
    event.add("dtstamp", stamp)
    event.add("url", origin + desk.get_absolute_url())
    last_day = change.last_day
    if change.closed:
        event.add("summary", f"Chiuso: {desk.name}")
        event.add("dtstart", change.starts_on)
        event.add("dtend", last_day + datetime.timedelta(days=1))  # the day after
    else:
        hours = f"{change.opens:%H:%M}-{change.closes:%H:%M}"
        event.add("summary", f"Orario speciale {hours}: {desk.name}")
        event.add("dtstart", datetime.datetime.combine(change.starts_on, change.opens, ROME))
        event.add("dtend", datetime.datetime.combine(change.starts_on, change.closes, ROME))
        if last_day > change.starts_on:
            days = (last_day - change.starts_on).days + 1
            event.add("rrule", {"freq": "daily", "count": days})
    if change.note:
        event.add("description", change.note)
    location = desk.public_location()
    if location:
        place = f"{location['postal_code']} {location['locality']}".strip()
        event.add(
            "location", ", ".join(part for part in (location["street_address"], place) if part)
        )
    return event
