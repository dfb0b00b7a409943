"""The help desks in Open Referral's Human Services Data Specification 3.0 (HSDS), the
standard directories of social services exchange: `/dati/sportelli.json` is a list of
HSDS `service` objects, as its `service_package` schema describes, each with its
organization, phones, weekly schedules (each time with Rome's UTC offset of its period),
the dated changes to them as its `alert`, service areas, languages and, for a public
place, its location. tests/test_opendata_hsds.py validates it against the schema of HSDS 3.0.

Identifiers are UUIDs, as HSDS requires: derived from the row's primary key (version 5,
in this site's namespace), so they stay the same from one download to the next.

A confidential place is only what it is, who runs it and the 24-hour phones of the
centres that reach it, like in the other files (opendata/exports.py).
"""

import datetime
import uuid

from django.utils import timezone, translation

from network.models import MAX_EXCEPTION_SPAN, PHONE_KINDS, ROME, ContactChannel, Municipality

from .exports import _desks, _served_by_body, coming_changes

# This site's namespace for the identifiers (a random UUID, chosen once; never change it).
NAMESPACE = uuid.UUID("b8f1bd94-ad74-4ffa-b3f1-08bf0ae8c732")
# RFC 5545 weekdays, Monday first, as network.models.Weekday numbers them.
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
CONFIDENTIAL_DESCRIPTION = (
    "Luogo riservato: dove si trova non è pubblicato, per la sicurezza delle donne che "
    "vi sono accolte. Si raggiunge tramite i centri antiviolenza che rispondono 24 ore su 24."
)
WHOLE_PROVINCE = "Provincia di Asti"


def _id(kind, key):
    return str(uuid.uuid5(NAMESPACE, f"{kind}/{key}"))


def _organization(organisation, origin):
    """The body that runs a desk: its name, and what its own page says once published."""
    body = {
        "id": _id("organization", organisation.pk),
        "name": organisation.name,
        "description": str(organisation.get_kind_display()),
    }
    if organisation.short_name:
        body["alternate_name"] = organisation.short_name
    if organisation.is_live():
        body.update(uri=origin + organisation.get_absolute_url())
        if organisation.role:
            body["description"] = organisation.role
        if organisation.website:
            body["website"] = organisation.website
    return body


def _phone(channel, service_id, via=""):
    """A phone of the service: its own, or (`via`: the centre's name) one that reaches it."""
    details = [via or channel.label, "24 ore su 24" if channel.available_24h else ""]
    return {
        "id": _id("phone", f"{service_id}/{channel.pk}"),
        "service_id": service_id,
        "number": channel.value,
        "type": "cell" if channel.kind == ContactChannel.Kind.MOBILE else "voice",
        "description": ", ".join(detail for detail in details if detail),
    }


def _offset_periods(today):
    """[(first day, last day, "+01:00")] from today for a year: Rome's UTC offset changes
    twice a year, and HSDS writes each time with its offset."""
    periods = []
    for day in range(MAX_EXCEPTION_SPAN.days + 1):
        date = today + datetime.timedelta(days=day)
        noon = datetime.datetime.combine(date, datetime.time(12), tzinfo=ROME)
        offset = noon.strftime("%z")
        offset = f"{offset[:3]}:{offset[3:]}"
        if periods and periods[-1][2] == offset:
            periods[-1][1] = date
        else:
            periods.append([date, date, offset])
    return periods


def _schedules(desk, service_id, periods):
    """The weekly hours, one row per slot and period of Rome's UTC offset. Dated changes
    are not schedules (HSDS has no way to say that one replaces the weekly hours): the
    service's `alert` says them."""
    return [
        {
            "id": _id("hours", f"{slot.pk}/{first:%Y-%m-%d}"),
            "service_id": service_id,
            "valid_from": f"{first:%Y-%m-%d}",
            "valid_to": f"{last:%Y-%m-%d}",
            "freq": "WEEKLY",
            "wkst": "MO",
            "byday": WEEKDAYS[slot.weekday],
            "opens_at": f"{slot.opens:%H:%M}{offset}",
            "closes_at": f"{slot.closes:%H:%M}{offset}",
            "description": "Orario settimanale",
        }
        for slot in desk.weekly_hours()
        for first, last, offset in periods
    ]


def _alert(desk, today):
    """The dated changes to the hours still to come, in words ("" without any)."""
    changes = []
    for change in coming_changes(desk, today):
        if change.lasts_one_day:
            days = f"il {change.starts_on:%Y-%m-%d}"
        else:
            days = f"dal {change.starts_on:%Y-%m-%d} al {change.last_day:%Y-%m-%d}"
        if change.closed:
            text = f"Chiuso {days}"
        else:
            text = (
                f"Orario speciale {days}: {change.opens:%H:%M}-{change.closes:%H:%M} (ora di Roma)"
            )
        changes.append(text + (f" ({change.note})" if change.note else ""))
    return "; ".join(changes)


def _service_areas(desk, service_id, served, names, origin):
    if desk.serves_whole_province:
        return [{"id": _id("area", service_id), "service_id": service_id, "name": WHOLE_PROVINCE}]
    return [
        {
            "id": _id("area", f"{service_id}/{code}"),
            "service_id": service_id,
            "name": names[code],
            "description": f"Comune, codice ISTAT {code}",
            "uri": f"{origin}/sportelli/comune/{code}/",
        }
        for code in sorted(served.get(desk.organisation_id, []))
    ]


def _service_at_locations(desk, service_id, organization_id):
    location = desk.public_location()
    if not location:
        return []
    location_id = _id("location", desk.pk)
    place = {
        "id": location_id,
        "location_type": "physical",
        "organization_id": organization_id,
        "name": desk.name,
        "addresses": [
            {
                "id": _id("address", desk.pk),
                "location_id": location_id,
                "address_1": location["street_address"],
                "city": location["locality"],
                "state_province": "AT",
                "postal_code": location["postal_code"],
                "country": "IT",
                "address_type": "physical",
            }
        ],
    }
    if location["latitude"] is not None and location["longitude"] is not None:
        place.update(latitude=float(location["latitude"]), longitude=float(location["longitude"]))
    if location["directions"]:
        place["transportation"] = location["directions"]
    return [
        {
            "id": _id("service_at_location", desk.pk),
            "service_id": service_id,
            "location_id": location_id,
            "location": place,
        }
    ]


def services(origin, today=None):
    """Every published desk as an HSDS 3.0 service (a list of dicts, ready for JSON)."""
    today = today or timezone.localdate()
    served = _served_by_body()
    names = dict(Municipality.objects.values_list("istat_code", "name"))
    desks = list(_desks())
    periods = _offset_periods(today)
    result = []
    with translation.override("it"):
        for desk in desks:
            service_id = _id("service", desk.pk)
            organization = _organization(desk.organisation, origin)
            service = {
                "id": service_id,
                "organization_id": organization["id"],
                "name": desk.name,
                "status": "active",
                "url": origin + desk.get_absolute_url(),
                "organization": organization,
            }
            if desk.is_confidential:
                service["description"] = f"{desk.get_kind_display()}. {CONFIDENTIAL_DESCRIPTION}"
                service["phones"] = [
                    _phone(channel, service_id, via=centre.name)
                    for centre in desk.reached_through(among=desks)
                    for channel in centre.round_the_clock_phones()
                ]
                result.append(service)
                continue
            channels = desk.public_channels()
            emails = [c.value for c in channels if c.kind == ContactChannel.Kind.EMAIL]
            service.update(
                description=desk.description or str(desk.get_kind_display()),
                phones=[_phone(c, service_id) for c in channels if c.kind in PHONE_KINDS],
                schedules=_schedules(desk, service_id, periods),
                service_areas=_service_areas(desk, service_id, served, names, origin),
                service_at_locations=_service_at_locations(desk, service_id, organization["id"]),
                languages=[
                    {
                        "id": _id("language", f"{desk.pk}/{language.pk}"),
                        "service_id": service_id,
                        "name": language.name,
                        "code": language.code,
                    }
                    for language in desk.languages.all()
                ],
            )
            if alert := _alert(desk, today):
                service["alert"] = alert
            if emails:
                service["email"] = emails[0]
            if desk.contacts_verified_on:
                service["assured_date"] = f"{desk.contacts_verified_on:%Y-%m-%d}"
            result.append(service)
    return result
