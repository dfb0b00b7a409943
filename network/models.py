"""The domain core: who is in the anti-violence network and where a woman can get help.

This app imports nothing from ``pages``; its editing tools (publication, uploads, history,
translation checks) come from ``editing``.
"""

import datetime
import re
from dataclasses import dataclass
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator, URLValidator, validate_email
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from editing.models import Publishable, PublishedQuerySet, live
from editing.uploads import SafeImageField, SafeUploadTo

from .confidential import location_words

ROME = ZoneInfo("Europe/Rome")
SENTENCE_END = re.compile(r"(?<=.)[.!?](?=\s)")


def _one_line_address(location):
    """ "Via Roma 1, 14100 Asti" from a public_location() dict."""
    town = f"{location['postal_code']} {location['locality']}".strip()
    return ", ".join(part for part in (location["street_address"], town) if part)


def localized_field_names(field_name):
    """The columns django-modeltranslation adds for a translated field, one per language."""
    return [f"{field_name}_{code.replace('-', '_')}" for code, _name in settings.LANGUAGES]


def translated_field_is_empty(field_name):
    """Q: a translated text is empty in every language (its columns may hold NULL).

    Only the per-language columns count: they are what visitors read, and naming the
    original column would hide the constraint from admin forms, which lack that field.
    """
    condition = Q()
    for name in localized_field_names(field_name):
        condition &= Q(**{name: ""}) | Q(**{f"{name}__isnull": True})
    return condition


def translated_field_is_set(field_name):
    """Q: a translated text is filled in the default language, the one that falls back."""
    name = f"{field_name}_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}"
    return Q(**{f"{name}__isnull": False}) & ~Q(**{name: ""})


# --- Confidential places: what their public free text may not say (design rule 1).

LOCATION_IN_TEXT = _(
    "This text says where a confidential place is (“%(words)s”). Remove the address, "
    "the street, the comune or the building: a woman reaches this place through the "
    "numbers that answer 24 hours a day."
)
LOCATION_IN_BODY_TEXT = _(
    "This body runs a confidential place, and this text says where it is (“%(words)s”). "
    "Remove the address, the street, the comune or the building: a woman reaches the "
    "place through the numbers that answer 24 hours a day."
)


def comune_names():
    """The names of the comuni of the province, which a confidential place's text may
    not mention."""
    return list(Municipality.objects.values_list("name", flat=True))


def location_errors(instance, field_names, message):
    """{column: [error]} for each language column of the given translated fields whose
    text says where a place is (network.confidential.location_words)."""
    errors = {}
    comuni = None
    for field_name in field_names:
        for column in localized_field_names(field_name):
            text = getattr(instance, column, "") or ""
            if not text.strip():
                continue
            if comuni is None:
                comuni = comune_names()
            words = location_words(text, comuni)
            if words:
                errors[column] = ValidationError(
                    message, code="location_in_text", params={"words": ", ".join(words)}
                )
    return errors


class OrganisationQuerySet(PublishedQuerySet):
    def network_members(self):
        """Published bodies that adhere to a published protocol: the network."""
        return (
            self.published()
            .filter(live(timezone.now(), "protocols__"))
            .distinct()
            .order_by("order", "name")
        )

    def social_services(self):
        """The published social-services bodies, each with its published desks as cards
        show them (`published_desks`), in a fixed number of queries: what a woman can
        call when no source says which body serves her comune."""
        return (
            self.published()
            .filter(kind=Organisation.Kind.SOCIAL_SERVICES)
            .prefetch_related(
                models.Prefetch(
                    "help_desks",
                    queryset=HelpDesk.objects.published().for_cards(),
                    to_attr="published_desks",
                )
            )
        )


class Organisation(Publishable):
    class Kind(models.TextChoices):
        INSTITUTION = "institution", _("Institutions")
        LAW_ENFORCEMENT = "law_enforcement", _("Law enforcement and justice")
        SOCIAL_SERVICES = "social_services", _("Social services managing bodies")
        HEALTH = "health", _("Health and family counselling")
        SCHOOL = "school", _("Schools")
        STUDENTS = "students", _("Students")
        EQUALITY_BODY = "equality_body", _("Equality bodies")
        THIRD_SECTOR = "third_sector", _("Associations and third sector")
        ECONOMIC = "economic", _("Trade and employers' associations")

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(
        _("short name"),
        max_length=80,
        blank=True,
        help_text=_("An abbreviation used in lists, e.g. “CO.GE.SA.”. Optional."),
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    role = models.TextField(
        _("role in the network"),
        blank=True,
        help_text=_("What this body does for women facing violence, in plain words."),
    )
    website = models.URLField(_("website"), blank=True)
    logo = SafeImageField(
        _("logo"),
        upload_to=SafeUploadTo("logos/"),
        blank=True,
        help_text=_("Shown on the body's page."),
    )
    logo_alt = models.CharField(
        _("logo alternative text"),
        max_length=200,
        blank=True,
        help_text=_("Required when there is a logo: what the logo says, for screen readers."),
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("network body")
        verbose_name_plural = _("network bodies")
        constraints = [
            models.CheckConstraint(
                condition=Q(logo="") | translated_field_is_set("logo_alt"),
                name="organisation_logo_has_alt",
                violation_error_message=_("A logo needs its alternative text."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:member", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        # A body's role often names where it works; once it runs a confidential place,
        # that would say where the place is ("provides the secret bed at hospital X").
        if self.pk and self.help_desks.filter(is_confidential=True).exists():
            errors = location_errors(self, ["role"], LOCATION_IN_BODY_TEXT)
            if errors:
                raise ValidationError(errors)

    def area_served(self):
        """The first sentence of the body's role, which says whom it serves ("Consortium
        of the 40 comuni in the south of the province."): one plain sentence, edited with
        the role, in every language."""
        role = " ".join(self.role.split())
        for end in SENTENCE_END.finditer(role):
            # Not after a capital: "C.I.S.A. Asti Sud" is one name, not two sentences.
            if not role[end.start() - 1].isupper():
                return role[: end.start() + 1]
        return role

    @classmethod
    def group_by_kind(cls, organisations):
        """[(kind label, [organisations])] in the order of Kind, empty kinds left out."""
        groups = {kind: [] for kind in cls.Kind}
        for organisation in organisations:
            groups[organisation.kind].append(organisation)
        return [(kind.label, members) for kind, members in groups.items() if members]


class ProtocolQuerySet(PublishedQuerySet):
    def current(self):
        """The protocol in force: the first published one that no published protocol
        updates; None when none is published."""
        updated = self.model.objects.published().filter(updates__isnull=False)
        return self.published().exclude(pk__in=updated.values("updates")).first()


class Protocol(Publishable):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    summary = models.TextField(_("summary"), blank=True)
    legal_basis = models.TextField(
        _("legal basis"),
        blank=True,
        help_text=_("The laws and plans the protocol implements."),
    )
    body = models.TextField(_("text"), blank=True)
    adherents = models.ManyToManyField(
        Organisation,
        related_name="protocols",
        blank=True,
        verbose_name=_("adhering bodies"),
        help_text=_("The bodies that make up the network under this protocol."),
    )
    updates = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="updated_by",
        verbose_name=_("updates"),
        help_text=_(
            "Choose the earlier protocol this one updates. The site then calls this one the "
            "protocol in force, and the earlier one says it was updated."
        ),
    )
    source = models.CharField(
        _("source"),
        max_length=400,
        blank=True,
        help_text=_(
            "Write where the facts about this protocol come from, for example an act or a "
            "newspaper article with its year."
        ),
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    objects = ProtocolQuerySet.as_manager()

    class Meta:
        ordering = ["order", "title"]
        verbose_name = _("protocol")
        verbose_name_plural = _("protocols")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("network:protocol", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.updates_id and self.updates_id == self.pk:
            raise ValidationError({"updates": _("A protocol cannot update itself.")})
        # Following what each updates must never come back here (then none is in force).
        seen, earlier = {self.pk}, self.updates if self.pk else None
        while earlier is not None:
            if earlier.updates_id in seen:
                raise ValidationError(
                    {"updates": _("That protocol already updates this one: choose an earlier one.")}
                )
            seen.add(earlier.pk)
            earlier = earlier.updates

    def later_version(self):
        """The published protocol that updates this one, or None."""
        return Protocol.objects.published().filter(updates=self.pk).first()

    def earlier_version(self):
        """The published protocol this one updates, or None."""
        if not self.updates_id:
            return None
        return Protocol.objects.published().filter(pk=self.updates_id).first()


class ProtocolObjective(models.Model):
    protocol = models.ForeignKey(
        Protocol, on_delete=models.CASCADE, related_name="objectives", verbose_name=_("protocol")
    )
    text = models.CharField(_("objective"), max_length=400)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")

    def __str__(self):
        return self.text


class SupportService(models.Model):
    """A kind of help that a desk gives (reception, legal orientation, …)."""

    # The official name, which staff and the acts use; the description says the same in
    # plain words for the woman who reads it, next to the name.
    name = models.CharField(
        _("official name"),
        max_length=200,
        help_text=_("Write the name used in the acts and by staff, for example “Accoglienza”."),
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(
        _("what she gets, in plain words"),
        blank=True,
        help_text=_(
            "Write one short sentence that tells a woman what she gets, for example “They "
            "explain your rights and what you can do under the law.” Speak to her as "
            "“you”, start with what happens, use everyday words. Write only what the desks "
            "really do: write “free” only if it is true. It is shown next to the official "
            "name."
        ),
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("support service")
        verbose_name_plural = _("support services")

    def __str__(self):
        return self.name


# The languages in which the national helpline 1522 answers, as its own site lists them
# (1522.eu, 2023): the pages say in each language of the site whether it is one of them.
HELPLINE_LANGUAGES = ("it", "en", "fr", "es", "ar", "fa", "sq", "ru", "uk", "pt", "pl")


class Language(models.Model):
    """A language a desk can speak with a woman in."""

    code = models.CharField(
        _("code"), max_length=12, unique=True, help_text=_("ISO 639-1 code, e.g. “en”.")
    )
    name = models.CharField(_("name"), max_length=80)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return self.name


@dataclass(frozen=True)
class OpeningStatus:
    """Whether a desk is open at a moment, in Rome time, and when that changes."""

    is_open: bool
    closes_at: datetime.datetime | None = None
    next_opening: datetime.datetime | None = None


def contacts_stale_before(today=None):
    """Contacts verified before this date are stale (CONTACTS_STALE_AFTER_MONTHS): the
    admin lists their desks, and the desk's page says the 24-hour numbers always answer."""
    today = today or datetime.datetime.now(ROME).date()
    return today - datetime.timedelta(days=round(settings.CONTACTS_STALE_AFTER_MONTHS * 30.44))


class HelpDeskQuerySet(PublishedQuerySet):
    def for_cards(self, today=None):
        """What a desk's card in a list shows (managing body, channels, hours and whether
        it is open), in a fixed number of queries.

        Dated exceptions are fetched if they last until yesterday or later: enough to
        tell the status now and the changes still to come.
        """
        today = today or datetime.datetime.now(ROME).date()
        upcoming = HoursException.objects.filter(ends_on__gte=today - datetime.timedelta(days=1))
        return (
            self.select_related("organisation")
            .with_channels()
            .prefetch_related(
                models.Prefetch("hours", OpeningHours.objects.all(), to_attr="hour_list"),
                models.Prefetch(
                    "hours_exceptions", queryset=upcoming, to_attr="upcoming_exceptions"
                ),
            )
        )

    def with_channels(self):
        """The desks with their contact channels read in one query, as plain lists
        (to_attr): building a related manager and its queryset for every desk cost more
        than reading the rows (issue 16). HelpDesk's methods read them. Once per
        queryset: Django refuses the same to_attr twice (for_cards() includes it)."""
        return self.prefetch_related(
            models.Prefetch("channels", ContactChannel.objects.all(), to_attr="channel_list")
        )

    def with_details(self, today=None):
        """Everything a desk's own page shows: its card, its services and languages."""
        return self.for_cards(today).prefetch_related("services", "languages")

    def round_the_clock_centres(self, organisation=None):
        """The published anti-violence centres for the whole province (and those of
        `organisation`) that answer the phone 24 hours a day, with their channels: who
        answers while a desk is closed, who arranges a stay in a confidential place.
        Never a confidential centre: its number would be shown on other pages."""
        serving = Q(serves_whole_province=True)
        if organisation is not None:
            serving |= Q(organisation=organisation)
        return (
            self.published()
            .filter(serving, kind=HelpDesk.Kind.CENTRE, is_confidential=False)
            .answering_around_the_clock(PHONE_KINDS)
        )

    def answering_around_the_clock(self, kinds=None):
        """The desks with a channel (of `kinds`, any by default) that answers 24 hours a
        day, with their channels. Picked by a subquery rather than a join: no DISTINCT
        over every column of the rows, on pages that ask on every request."""
        channels = ContactChannel.objects.filter(available_24h=True)
        if kinds is not None:
            channels = channels.filter(kind__in=kinds)
        return self.filter(pk__in=channels.values("help_desk")).with_channels()


class HelpDesk(Publishable):
    # Every free text of a desk that a visitor reads (each in every language).
    PUBLIC_FREE_TEXT = ("name", "description", "accessibility", "directions")
    # Free text that only makes sense for a place a woman may walk into: a confidential
    # place has none, the admin does not offer them, and no page shows them.
    PUBLIC_PLACE_ONLY = ("directions", "accessibility")
    # What map_point() reads: a map of every desk loads no more of each row.
    MAP_POINT_FIELDS = (
        "slug",
        "name",
        "is_confidential",
        "street_address",
        "postal_code",
        "locality",
        "latitude",
        "longitude",
        *PUBLIC_PLACE_ONLY,
    )

    class Kind(models.TextChoices):
        DESK = "desk", _("Anti-violence desk")
        CENTRE = "centre", _("Anti-violence centre")
        SHELTER = "shelter", _("Shelter")
        SECRET_BED = "secret_bed", _("Secret hospital bed")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="help_desks",
        verbose_name=_("managing body"),
    )
    services = models.ManyToManyField(
        SupportService, related_name="help_desks", blank=True, verbose_name=_("services")
    )
    description = models.TextField(_("description"), blank=True)
    serves_whole_province = models.BooleanField(
        _("serves the whole province"),
        default=False,
        help_text=_(
            "Shown to women of every comune, including those whose serving body is unknown."
        ),
    )
    languages = models.ManyToManyField(
        Language, related_name="help_desks", blank=True, verbose_name=_("languages spoken")
    )
    accessibility = models.TextField(_("accessibility notes"), blank=True)

    # Location. A confidential place must never hold any of these: a database
    # constraint below makes it impossible, and public_location() is the only way
    # templates reach them.
    is_confidential = models.BooleanField(
        _("confidential location"),
        default=False,
        help_text=_(
            "Tick for shelters and the secret bed: no address, coordinates, map or "
            "directions can be stored or shown."
        ),
    )
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(
        _("postal code"),
        max_length=5,
        blank=True,
        validators=[RegexValidator(r"^[0-9]{5}$", _("A postal code has five digits."))],
    )
    locality = models.CharField(_("town"), max_length=100, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    directions = models.TextField(_("how to get there"), blank=True)

    contacts_verified_on = models.DateField(
        _("contacts verified on"),
        null=True,
        blank=True,
        help_text=_("The date someone last checked that phone numbers and hours are right."),
    )
    contacts_source = models.CharField(
        _("source of the contacts"),
        max_length=300,
        blank=True,
        help_text=_("Where the contact data comes from. For staff only."),
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    objects = HelpDeskQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("help desk")
        verbose_name_plural = _("help desks")
        constraints = [
            models.CheckConstraint(
                condition=Q(is_confidential=False)
                | (
                    Q(
                        street_address="",
                        postal_code="",
                        locality="",
                        latitude__isnull=True,
                        longitude__isnull=True,
                    )
                    & translated_field_is_empty("directions")
                ),
                name="helpdesk_confidential_has_no_location",
                violation_error_message=_(
                    "A confidential place cannot have an address, coordinates or directions."
                ),
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(
                    latitude__isnull=False,
                    longitude__isnull=False,
                    latitude__gte=-90,
                    latitude__lte=90,
                    longitude__gte=-180,
                    longitude__lte=180,
                ),
                name="helpdesk_coordinates_complete_and_valid",
                violation_error_message=_(
                    "Give both latitude and longitude, with valid values, or neither."
                ),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:helpdesk", kwargs={"slug": self.slug})

    def validate_constraints(self, exclude=None):
        # The confidential-location rule is checked whole even when a form lacks some of
        # its fields (the admin does not offer directions for a confidential place):
        # otherwise the database, not the form, would refuse the save.
        if exclude:
            exclude = set(exclude) - {
                "street_address",
                "postal_code",
                "locality",
                "latitude",
                "longitude",
                *localized_field_names("directions"),
            }
        super().validate_constraints(exclude)

    def clean(self):
        super().clean()
        if not self.is_confidential:
            return
        errors = {}
        for field_name in self.PUBLIC_PLACE_ONLY:
            for column in localized_field_names(field_name):
                if (getattr(self, column, "") or "").strip():
                    errors[column] = ValidationError(
                        _(
                            "A confidential place has no directions and no accessibility "
                            "notes: they would tell where it is. Empty this field, in every "
                            "language."
                        ),
                        code="public_place_only",
                    )
        other_text = [f for f in self.PUBLIC_FREE_TEXT if f not in self.PUBLIC_PLACE_ONLY]
        errors.update(location_errors(self, other_text, LOCATION_IN_TEXT))
        organisation = self.organisation if self.organisation_id else None
        if organisation is not None:
            body_errors = location_errors(organisation, ["role"], LOCATION_IN_TEXT)
            if body_errors:
                words = ", ".join(error.params["words"] for error in body_errors.values())
                errors["organisation"] = ValidationError(
                    _(
                        "The text of the managing body (its role in the network) says "
                        "where a confidential place is (“%(words)s”). Correct that text "
                        "on the body's page first."
                    ),
                    code="location_in_body_text",
                    params={"words": words},
                )
        if errors:
            raise ValidationError(errors)

    def stored_text_says_where_it_is(self):
        """Whether a confidential place's stored text, or its body's role, its channels'
        labels or its hours notes, says where it is: text saved before the rule or
        written straight into the database, which the admin lists for staff to fix."""
        if not self.is_confidential:
            return False
        codes = {"location_in_text", "location_in_body_text", "public_place_only"}
        rows = [self, *self.channels.all(), *self.hours_exceptions.all()]
        if self.organisation_id:
            rows.append(self.organisation)
        for row in rows:
            try:
                row.clean()
            except ValidationError as error:
                found = (
                    error.error_dict.values()
                    if hasattr(error, "error_dict")
                    else [error.error_list]
                )
                if any(item.code in codes for items in found for item in items):
                    return True
        return False

    def public_place_notes(self):
        """Directions and accessibility notes a visitor may read: none for a confidential
        place. With public_location(), the only way templates reach them."""
        if self.is_confidential:
            return {}
        return {field_name: getattr(self, field_name) for field_name in self.PUBLIC_PLACE_ONLY}

    def public_location(self):
        """The address a visitor may see, or None for a confidential place."""
        if self.is_confidential:
            return None
        if not (self.street_address or self.locality):
            return None
        return {
            "street_address": self.street_address,
            "postal_code": self.postal_code,
            "locality": self.locality,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "directions": self.public_place_notes()["directions"],
        }

    def reached_through(self, among=None):
        """For a confidential place: the published anti-violence centres that arrange a
        stay there and answer around the clock, the one of its own body first. Each
        comes with its channels (public_channels() reads them without a query).
        `among`: the published desks already read, with their channels; the centres are
        then picked from them, without a query."""
        if not self.is_confidential:
            return []
        if among is None:
            centres = HelpDesk.objects.round_the_clock_centres(self.organisation_id)
        else:
            centres = (d for d in among if d.is_round_the_clock_centre(self.organisation_id))
        centres = [centre for centre in centres if centre.pk != self.pk]
        return sorted(centres, key=lambda c: (c.organisation_id != self.organisation_id, c.order))

    def external_map_url(self):
        """A link to this place on OpenStreetMap (followed only if the visitor clicks), or None."""
        location = self.public_location()
        if location is None:
            return None
        if location["latitude"] is not None:
            lat, lon = location["latitude"], location["longitude"]
            return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
        return "https://www.openstreetmap.org/search?" + urlencode(
            {"query": _one_line_address(location)}
        )

    def map_point(self):
        """What the map shows of this desk, or None: only public places with coordinates."""
        location = self.public_location()
        if location is None or location["latitude"] is None:
            return None
        return {
            "name": self.name,
            "url": self.get_absolute_url(),
            "address": _one_line_address(location),
            "lat": float(location["latitude"]),
            "lon": float(location["longitude"]),
        }

    def structured_data(self, url):
        """schema.org data for search engines; the location only through public_location()."""
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.name,
            "url": url,
            "description": self.description,
            "parentOrganization": {"@type": "Organization", "name": self.organisation.name},
        }
        channels = self.public_channels()
        phones = [
            c.value
            for c in channels
            if c.kind in {ContactChannel.Kind.PHONE, ContactChannel.Kind.MOBILE}
        ]
        emails = [c.value for c in channels if c.kind == ContactChannel.Kind.EMAIL]
        if phones:
            data["telephone"] = phones[0]
        if emails:
            data["email"] = emails[0]
        location = self.public_location()
        if location:
            place = {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": location["street_address"],
                    "postalCode": location["postal_code"],
                    "addressLocality": location["locality"],
                    "addressCountry": "IT",
                },
                "openingHoursSpecification": [
                    {
                        "@type": "OpeningHoursSpecification",
                        "dayOfWeek": f"https://schema.org/{Weekday(h.weekday).name.title()}",
                        "opens": h.opens.strftime("%H:%M"),
                        "closes": h.closes.strftime("%H:%M"),
                    }
                    for h in self.weekly_hours()
                ],
            }
            if location["latitude"] is not None:
                place["geo"] = {
                    "@type": "GeoCoordinates",
                    "latitude": float(location["latitude"]),
                    "longitude": float(location["longitude"]),
                }
            data["location"] = place
        return data

    def _rows(self, to_attr, related_name):
        """The list a queryset prefetched into `to_attr` (for_cards()), else the rows of
        the relation `related_name`."""
        if hasattr(self, to_attr):
            return getattr(self, to_attr)
        return list(getattr(self, related_name).all())

    def _channels(self):
        return self._rows("channel_list", "channels")

    def weekly_hours(self):
        """The weekly opening hours, by day and time."""
        return self._rows("hour_list", "hours")

    def public_channels(self):
        """Contact channels, the ones answering around the clock first."""
        return sorted(self._channels(), key=lambda c: (not c.available_24h, c.order, c.pk))

    def phone_channels(self):
        """The phone numbers among the public channels (tap to call), in the same order."""
        return [channel for channel in self.public_channels() if channel.kind in PHONE_KINDS]

    def round_the_clock_phones(self):
        """The phone numbers that answer 24 hours a day."""
        return [channel for channel in self.phone_channels() if channel.available_24h]

    def answers_around_the_clock(self):
        return any(channel.available_24h for channel in self._channels())

    def is_round_the_clock_centre(self, organisation_id=None):
        """Whether HelpDesk.objects.round_the_clock_centres(organisation_id) lists this desk:
        a page that already holds the published desks (with their channels) picks the
        centres from them instead of asking the database again."""
        return (
            self.is_live()
            and not self.is_confidential
            and (self.serves_whole_province or self.organisation_id == organisation_id)
            and self.kind == self.Kind.CENTRE
            and bool(self.round_the_clock_phones())
        )

    def contacts_recently_verified(self, today=None):
        """Whether someone checked the contacts within CONTACTS_STALE_AFTER_MONTHS."""
        if self.contacts_verified_on is None:
            return False
        return self.contacts_verified_on >= contacts_stale_before(today)

    def slots_on(self, day):
        """The (opens, closes) times of a date: its exception if any, else the weekly hours.

        Reads prefetched rows (with_details), so a list of desks costs no extra query.
        """
        exceptions = [e for e in self._exceptions() if e.covers(day)]
        if exceptions:
            return sorted((e.opens, e.closes) for e in exceptions if not e.closed)
        return sorted(
            (h.opens, h.closes) for h in self.weekly_hours() if h.weekday == day.weekday()
        )

    def _exceptions(self):
        return self._rows("upcoming_exceptions", "hours_exceptions")

    def upcoming_hours_exceptions(self, today=None):
        today = today or datetime.datetime.now(ROME).date()
        return [e for e in self._exceptions() if e.ends_on >= today]

    def opening_status(self, now=None):
        """Open now and until when, or closed and when it next opens (Europe/Rome).

        The next opening is looked for until a week after the last dated change (a
        closure may last months): the weekly hours, if any, open within that week.
        None when the desk publishes no hours at all.
        """
        exceptions = self._exceptions()
        if not self.weekly_hours() and not exceptions:
            return None
        local = (now or datetime.datetime.now(ROME)).astimezone(ROME)
        today, time_now = local.date(), local.time()
        for opens, closes in self.slots_on(today):
            if opens <= time_now < closes:
                return OpeningStatus(
                    is_open=True,
                    closes_at=datetime.datetime.combine(today, closes, tzinfo=ROME),
                )
        # Within MAX_EXCEPTION_DAYS and a week: a row stored past the form's limit (a last
        # day in the year 9999) costs no more, and the date arithmetic cannot overflow.
        last_change = max([today, *(e.ends_on for e in exceptions)])
        last_day = min(last_change, today + MAX_EXCEPTION_SPAN) + datetime.timedelta(days=7)
        for offset in range((last_day - today).days + 1):
            day = today + datetime.timedelta(days=offset)
            for opens, _closes in self.slots_on(day):
                if offset or opens > time_now:
                    return OpeningStatus(
                        is_open=False,
                        next_opening=datetime.datetime.combine(day, opens, tzinfo=ROME),
                    )
        return OpeningStatus(is_open=False)


def _belongs_to_confidential_place(row):
    """Whether a desk's inline row (a channel, a change to the hours) is shown on the page
    of a confidential place. The desk may be unsaved yet (the admin's add form)."""
    try:
        return row.help_desk.is_confidential
    except HelpDesk.DoesNotExist:
        return False


class ContactChannel(models.Model):
    class Kind(models.TextChoices):
        PHONE = "phone", _("Phone")
        MOBILE = "mobile", _("Mobile phone")
        EMAIL = "email", _("E-mail")
        PEC = "pec", _("Certified e-mail (PEC)")
        WEB = "web", _("Website")

    help_desk = models.ForeignKey(
        HelpDesk, on_delete=models.CASCADE, related_name="channels", verbose_name=_("help desk")
    )
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    value = models.CharField(
        _("number or address"),
        max_length=200,
        help_text=_(
            "A phone number as people dial it (e.g. 0141 399490), an e-mail or a web address."
        ),
    )
    label = models.CharField(
        _("label"),
        max_length=200,
        blank=True,
        help_text=_("What this channel is for, e.g. “Emergencies, answered by an operator”."),
    )
    available_24h = models.BooleanField(_("answers 24 hours a day"), default=False)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("contact channel")
        verbose_name_plural = _("contact channels")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.value}"

    def clean(self):
        super().clean()
        if _belongs_to_confidential_place(self):
            errors = location_errors(self, ["label"], LOCATION_IN_TEXT)
            if errors:
                raise ValidationError(errors)
        if self.kind in {self.Kind.PHONE, self.Kind.MOBILE}:
            digits = self.dial_digits()
            if not 3 <= len(digits) <= 15:
                raise ValidationError(
                    {"value": _("Write a phone number with 3 to 15 digits, e.g. 0141 399490.")}
                )
        elif self.kind in {self.Kind.EMAIL, self.Kind.PEC}:
            validate_email(self.value)
        elif self.kind == self.Kind.WEB:
            URLValidator(schemes=["https", "http"])(self.value)

    def dial_digits(self):
        return "".join(ch for ch in self.value if ch.isdigit() or ch == "+")

    def href(self):
        if self.kind in {self.Kind.PHONE, self.Kind.MOBILE}:
            return f"tel:{self.dial_digits()}"
        if self.kind in {self.Kind.EMAIL, self.Kind.PEC}:
            return f"mailto:{self.value}"
        return self.value


# The channels a woman can tap to call.
PHONE_KINDS = (ContactChannel.Kind.PHONE, ContactChannel.Kind.MOBILE)


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class OpeningHours(models.Model):
    help_desk = models.ForeignKey(
        HelpDesk, on_delete=models.CASCADE, related_name="hours", verbose_name=_("help desk")
    )
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    opens = models.TimeField(_("opens at"))
    closes = models.TimeField(_("closes at"))

    class Meta:
        ordering = ["weekday", "opens"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("weekly opening hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(closes__gt=models.F("opens")),
                name="openinghours_closes_after_opening",
                violation_error_message=_("The closing time must come after the opening time."),
            ),
            models.UniqueConstraint(
                fields=["help_desk", "weekday", "opens"],
                name="openinghours_unique_slot",
                violation_error_message=_("This desk already opens at that time on that day."),
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


# The longest a dated change to the hours may last (a year, a leap one included).
MAX_EXCEPTION_SPAN = datetime.timedelta(days=366)


class HoursException(models.Model):
    """A dated change to the weekly hours, from one day to another (both included): a
    holiday closure or special hours. The hours, if any, hold on each of those days."""

    help_desk = models.ForeignKey(
        HelpDesk,
        on_delete=models.CASCADE,
        related_name="hours_exceptions",
        verbose_name=_("help desk"),
    )
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(
        _("last day (included)"),
        blank=True,
        help_text=_("Leave it empty if the change lasts one day."),
    )
    closed = models.BooleanField(_("closed all day"), default=True)
    opens = models.TimeField(_("opens at"), null=True, blank=True)
    closes = models.TimeField(_("closes at"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["starts_on", "opens"]
        verbose_name = _("exception to the hours")
        verbose_name_plural = _("exceptions to the hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(closed=True, opens__isnull=True, closes__isnull=True)
                | Q(
                    closed=False,
                    opens__isnull=False,
                    closes__isnull=False,
                    closes__gt=models.F("opens"),
                ),
                name="hoursexception_closed_or_valid_times",
                violation_error_message=_(
                    "Either tick “closed all day” and leave the times empty, or give an "
                    "opening time and a later closing time."
                ),
            ),
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")),
                name="hoursexception_ends_after_it_starts",
                violation_error_message=_("The last day cannot come before the first day."),
            ),
        ]

    def __str__(self):
        if self.ends_on and self.ends_on != self.starts_on:
            return f"{self.starts_on:%d/%m/%Y}–{self.ends_on:%d/%m/%Y}"
        return f"{self.starts_on:%d/%m/%Y}"

    def save(self, *args, **kwargs):
        if self.ends_on is None:
            self.ends_on = self.starts_on
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_on and not self.ends_on:
            self.ends_on = self.starts_on
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            # Beside the field, rather than the constraint's message for the whole row.
            errors["ends_on"] = _("The last day cannot come before the first day.")
        elif self.starts_on and self.ends_on and self.ends_on - self.starts_on > MAX_EXCEPTION_SPAN:
            errors["ends_on"] = _(
                "A change to the hours lasts at most a year. If the desk closes for longer, "
                "withdraw it from the site."
            )
        if _belongs_to_confidential_place(self):
            errors.update(location_errors(self, ["note"], LOCATION_IN_TEXT))
        if errors:
            raise ValidationError(errors)

    @property
    def lasts_one_day(self):
        return self.ends_on == self.starts_on

    @property
    def last_day(self):
        """The last day it applies: a row stored past the form's limit (a last day in
        the year 9999) lasts the limit."""
        if self.ends_on - self.starts_on <= MAX_EXCEPTION_SPAN:
            return self.ends_on
        return self.starts_on + MAX_EXCEPTION_SPAN  # cannot pass the year 9999 from here

    def covers(self, day):
        return self.starts_on <= day <= self.ends_on

    def conflicts_with(self, other):
        """Whether two changes to the same desk's hours cannot both hold: they share a
        day and either closes the desk or their hours overlap. (Rows on the same days
        whose hours do not overlap are fine: a morning and an afternoon.)"""
        if self.starts_on > other.ends_on or other.starts_on > self.ends_on:
            return False
        if self.closed or other.closed:
            return True
        return self.opens < other.closes and other.opens < self.closes


class MunicipalityQuerySet(models.QuerySet):
    def with_serving_body(self):
        return self.select_related("managing_body")

    def finder_choices(self):
        """(ISTAT code, name) of every comune, in the model's order, for the finder."""
        return self.values_list("istat_code", "name")


class Municipality(models.Model):
    istat_code = models.CharField(
        _("ISTAT code"),
        max_length=6,
        unique=True,
        help_text=_("The six-digit code ISTAT gives the comune, e.g. 005005 for Asti."),
    )
    name = models.CharField(_("name"), max_length=100)
    cadastral_code = models.CharField(_("cadastral code"), max_length=4, blank=True)
    managing_body = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="municipalities",
        limit_choices_to={"kind": Organisation.Kind.SOCIAL_SERVICES},
        verbose_name=_("social-services managing body"),
        help_text=_("Leave empty when no source says which body serves this comune."),
    )
    managing_body_source = models.CharField(
        _("source"),
        max_length=400,
        blank=True,
        help_text=_("Where the fact of the managing body comes from."),
    )

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("comune")
        verbose_name_plural = _("comuni")
        constraints = [
            models.CheckConstraint(
                condition=Q(istat_code__regex=r"^[0-9]{6}$"),
                name="municipality_istat_code_six_digits",
                violation_error_message=_("The ISTAT code has exactly six digits."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:municipality", kwargs={"istat_code": self.istat_code})

    def serving_desks(self):
        """Published desks of this comune's managing body, then the province-wide ones."""
        serving = Q(serves_whole_province=True)
        if self.managing_body_id:
            serving |= Q(organisation=self.managing_body_id)
        desks = list(HelpDesk.objects.published().for_cards().filter(serving))
        local = [d for d in desks if d.organisation_id == self.managing_body_id]
        province = [d for d in desks if d not in local]
        return local, province

    def help_nearby(self):
        """Where a woman of this comune gets help: the desks of its managing body (none
        without one), the desks for the whole province, and the anti-violence centres
        among them that answer around the clock (never a confidential one)."""
        local, province = self.serving_desks()
        centres = sorted(
            (desk for desk in (*local, *province) if desk.is_round_the_clock_centre()),
            key=lambda desk: (desk.order, desk.name),
        )
        return local, province, centres
