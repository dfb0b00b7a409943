"""Load the site's starting content once: pages, network, desks, acts, comuni.

Each item is recorded in SeedRecord when it is first loaded. A later run loads only
items it has never loaded, so it creates no duplicate, never overwrites what staff
edited, and never brings back what staff deleted.

A seed text rewritten since (content.TEXT_CORRECTIONS) replaces the old one where the old
one is still there word for word, so that a site seeded earlier loses it too.

The help path's texts in the other languages (pages/seed/translations) are filled once
each, where the object's Italian is still the seed's and that language's text is empty: a
site seeded before a language arrived gets it too, and an editor's text is never replaced.
"""

import csv
import hashlib
import json
from pathlib import Path

import reversion
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from network.models import (
    ContactChannel,
    HelpDesk,
    Language,
    Municipality,
    OpeningHours,
    Organisation,
    Protocol,
    ProtocolObjective,
    SupportService,
)
from pages.fields import SanitisedHTMLField, sanitise_html
from pages.models import (
    DEFAULT_SETTINGS_TEXTS,
    ContactPoint,
    Deliberation,
    Page,
    SeedRecord,
    SiteSettings,
)
from pages.seed import content, translations

COMUNI_CSV = Path(content.__file__).with_name("comuni-asti.csv")


def translated(**fields):
    """{"name": {"it": …, "en": …}} → {"name_it": …, "name_en": …}."""
    values = {}
    for field, texts in fields.items():
        for code, _name in settings.LANGUAGES:
            values[f"{field}_{code}"] = texts.get(code, "")
    return values


def _correction_key(correction):
    """The SeedRecord key of a correction: its object, field, old and new texts."""
    texts = json.dumps([correction["old"], correction["new"]], sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(texts.encode()).hexdigest()[:16]
    return f"correction:{correction['model']}:{correction['slug']}:{correction['field']}:{digest}"


def _words(text):
    """A text as a list of words: an admin save may change its line endings."""
    return (text or "").split()


def _stored_forms(model, column, text):
    """How a seed text can be stored: as written, and as a rich-text field cleans it."""
    forms = [_words(text)]
    if isinstance(model._meta.get_field(column), SanitisedHTMLField):
        forms.append(_words(sanitise_html(text)))
    return forms


class Seeder:
    def __init__(self):
        self.loaded = set(SeedRecord.objects.values_list("key", flat=True))
        self.created = 0

    def once(self, key, model, lookup, defaults):
        """Create the object unless this key was loaded before; return it only if new."""
        if key in self.loaded:
            return None
        obj, created = model.objects.get_or_create(**lookup, defaults=defaults)
        SeedRecord.objects.create(key=key)
        self.loaded.add(key)
        if created:
            self.created += 1
            return obj
        return None


class Command(BaseCommand):
    help = "Load the seed content (idempotent; never overwrites staff edits)."

    @transaction.atomic
    def handle(self, *args, **options):
        seeder = Seeder()
        self.seed_settings(seeder)
        self.seed_pages(seeder)
        organisations = self.seed_organisations(seeder)
        protocol = self.seed_protocol(seeder, organisations)
        self.seed_deliberations(seeder, protocol)
        services = self.seed_services(seeder)
        self.seed_languages(seeder)
        self.seed_help_desks(seeder, organisations, services)
        self.seed_contact_points(seeder, organisations)
        self.seed_municipalities(seeder, organisations)
        corrected = self.correct_texts(seeder)
        translated_texts = self.fill_translations(seeder)
        if seeder.created:
            # The history of each new object starts from its seeded state, so that the first
            # edit in the admin can already be undone.
            call_command(
                "createinitialrevisions",
                comment="Contenuto iniziale (seed)",
                verbosity=0,
                stdout=self.stdout,
            )
        self.stdout.write(f"Seed content: {seeder.created} new objects.")
        if corrected:
            self.stdout.write(f"Seed texts corrected: {corrected}.")
        if translated_texts:
            self.stdout.write(f"Seed translations added: {translated_texts}.")

    def fill_translations(self, seeder):
        """Fill the help path's texts in the other languages; return how many were added.

        Each text is looked at once (SeedRecord "translation:<language>:<key>"): one an
        editor empties later stays empty. It is written only where the object's Italian is
        still the seed's, so that it translates what the page says."""
        added = 0
        changed = {}  # object → the columns filled
        found = {}  # (model, lookup) → the objects, one instance each for all their fields
        for source in translations.sources():
            model = apps.get_model(source.model)
            objects = found.get((source.model, source.lookup))
            for language in translations.languages():
                text = translations.texts(language).get(source.key)
                key = f"translation:{language}:{source.key}"
                if not text or key in seeder.loaded:
                    continue
                seeder.loaded.add(key)
                SeedRecord.objects.create(key=key)
                if objects is None:
                    field, value = source.lookup
                    objects = found[(source.model, source.lookup)] = list(
                        model.objects.filter(**{field: value})
                    )
                column = f"{source.field}_{language}"
                italian = f"{source.field}_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}"
                for obj in objects:
                    if getattr(obj, column):
                        continue
                    if _words(getattr(obj, italian)) not in _stored_forms(
                        model, italian, source.texts["it"]
                    ):
                        continue
                    setattr(obj, column, text)
                    changed.setdefault(obj, []).append(column)
                    added += 1
        for obj, columns in changed.items():
            with reversion.create_revision():
                reversion.set_comment("Traduzione del contenuto iniziale (seed)")
                obj.save(update_fields=columns)
        return added

    def correct_texts(self, seeder):
        """Replace old seed texts still stored unchanged; return how many texts changed.

        Each correction is looked at once (a SeedRecord key names it and its texts): a
        later run never applies it again, so a text an editor emptied or took back from the
        history stays as she left it. A text an editor had changed is left alone and
        named, for staff to check."""
        corrected = 0
        # Every text a correction knows for a column: one it does not know is an editor's.
        known = {}
        for correction in content.TEXT_CORRECTIONS:
            for texts in (correction["old"], correction["new"]):
                for code, text in texts.items():
                    where = (correction["model"], correction["slug"], correction["field"], code)
                    known.setdefault(where, []).append(_words(text))
        for correction in content.TEXT_CORRECTIONS:
            key = _correction_key(correction)
            if key in seeder.loaded:
                continue
            seeder.loaded.add(key)
            SeedRecord.objects.create(key=key)
            model = apps.get_model(correction["model"])
            obj = model.objects.filter(slug=correction["slug"]).first()
            if obj is None:  # deleted by staff
                continue
            changed = []
            place = (correction["model"], correction["slug"], correction["field"])
            for code, old in correction["old"].items():
                column = f"{correction['field']}_{code}"
                stored = _words(getattr(obj, column))
                new = correction["new"].get(code, "")
                if stored == _words(new):
                    continue
                if stored in _stored_forms(model, column, old):
                    setattr(obj, column, new)
                    changed.append(column)
                elif stored not in known[(*place, code)]:
                    self.stdout.write(
                        f"Seed text not corrected, an editor changed it: {obj} ({column})."
                    )
            # A page shows when its content last changed (never moved back in time).
            last_updated = correction.get("last_updated")
            if changed and last_updated and last_updated > obj.last_updated:
                obj.last_updated = last_updated
                changed.append("last_updated")
            if changed:
                with reversion.create_revision():
                    reversion.set_comment(correction["comment"])
                    obj.save(update_fields=changed)
                corrected += 1
        return corrected

    def seed_settings(self, seeder):
        seeder.once("site-settings", SiteSettings, {"pk": 1}, translated(**DEFAULT_SETTINGS_TEXTS))

    def seed_pages(self, seeder):
        for page in content.PAGES:
            seeder.once(
                f"page:{page['slug']}",
                Page,
                {"slug": page["slug"]},
                {
                    "last_updated": page["last_updated"],
                    "sources": page.get("sources", ""),
                    **translated(title=page["title"], summary=page["summary"], body=page["body"]),
                },
            )

    def seed_organisations(self, seeder):
        for order, organisation in enumerate([*content.ORGANISATIONS, content.ASL_AT], 1):
            fields = {"name": organisation["name"]}
            for optional in ("short_name", "role"):
                if optional in organisation:
                    fields[optional] = organisation[optional]
            seeder.once(
                f"organisation:{organisation['slug']}",
                Organisation,
                {"slug": organisation["slug"]},
                {"kind": organisation["kind"], "order": order * 10, **translated(**fields)},
            )
        return {o.slug: o for o in Organisation.objects.all()}

    def seed_protocol(self, seeder, organisations):
        data = content.PROTOCOL
        protocol = seeder.once(
            f"protocol:{data['slug']}",
            Protocol,
            {"slug": data["slug"]},
            translated(
                title=data["title"],
                summary=data["summary"],
                legal_basis=data["legal_basis"],
                body=data["body"],
            ),
        )
        if protocol is not None:
            ProtocolObjective.objects.bulk_create(
                ProtocolObjective(protocol=protocol, order=order * 10, **translated(text=text))
                for order, text in enumerate(data["objectives"], 1)
            )
            protocol.adherents.set(
                [
                    organisations[slug]
                    for slug in content.NETWORK_MEMBER_SLUGS
                    if slug in organisations
                ]
            )
        self.seed_later_protocol(seeder)
        return Protocol.objects.filter(slug=data["slug"]).first()

    def seed_later_protocol(self, seeder):
        data = content.PROTOCOL_2018
        seeder.once(
            f"protocol:{data['slug']}",
            Protocol,
            {"slug": data["slug"]},
            {
                "order": 20,
                "source": data["source"],
                "updates": Protocol.objects.filter(slug=data["updates"]).first(),
                **translated(title=data["title"], summary=data["summary"]),
            },
        )

    def seed_deliberations(self, seeder, protocol):
        for act in content.DELIBERATIONS:
            seeder.once(
                f"act:{act['issuing_body']}:{act['number']}:{act['date'].year}",
                Deliberation,
                {
                    "issuing_body": act["issuing_body"],
                    "number": act["number"],
                    "date__year": act["date"].year,
                },
                {
                    "date": act["date"],
                    "slug": act["slug"],
                    "effect": act["effect"],
                    "protocol": protocol,
                    **translated(title=act["title"], summary=act["summary"]),
                },
            )

    def seed_services(self, seeder):
        for order, service in enumerate(content.SERVICES, 1):
            seeder.once(
                f"service:{service['slug']}",
                SupportService,
                {"slug": service["slug"]},
                {
                    "order": order * 10,
                    **translated(name=service["name"], description=service["description"]),
                },
            )
        return {s.slug: s for s in SupportService.objects.all()}

    def seed_languages(self, seeder):
        for code, name_it, name_en in content.LANGUAGES:
            seeder.once(
                f"language:{code}",
                Language,
                {"code": code},
                translated(name={"it": name_it, "en": name_en}),
            )

    def seed_help_desks(self, seeder, organisations, services):
        for order, desk in enumerate(content.HELP_DESKS, 1):
            organisation = organisations.get(desk["organisation"])
            if organisation is None:  # deleted by staff: do not bring it back
                continue
            help_desk = seeder.once(
                f"helpdesk:{desk['slug']}",
                HelpDesk,
                {"slug": desk["slug"]},
                {
                    "kind": desk["kind"],
                    "organisation": organisation,
                    "serves_whole_province": desk.get("serves_whole_province", False),
                    "is_confidential": desk.get("is_confidential", False),
                    "street_address": desk.get("street_address", ""),
                    "postal_code": desk.get("postal_code", ""),
                    "locality": desk.get("locality", ""),
                    "contacts_verified_on": desk["contacts_verified_on"],
                    "contacts_source": desk["contacts_source"],
                    "order": order * 10,
                    **translated(name=desk["name"], description=desk["description"]),
                },
            )
            if help_desk is None:
                continue
            help_desk.services.set(
                [services[slug] for slug in desk["services"] if slug in services]
            )
            ContactChannel.objects.bulk_create(
                ContactChannel(
                    help_desk=help_desk,
                    kind=channel["kind"],
                    value=channel["value"],
                    available_24h=channel.get("available_24h", False),
                    order=position * 10,
                    **translated(label=channel["label"]),
                )
                for position, channel in enumerate(desk["channels"], 1)
            )
            OpeningHours.objects.bulk_create(
                OpeningHours(help_desk=help_desk, weekday=day, opens=opens, closes=closes)
                for day, opens, closes in desk.get("hours", [])
            )

    def seed_contact_points(self, seeder, organisations):
        for order, point in enumerate(content.CONTACT_POINTS, 1):
            fields = {key: point[key] for key in ("name", "unit", "description") if key in point}
            seeder.once(
                f"contact:{point['key']}",
                ContactPoint,
                {"name_it": point["name"]["it"]},
                {
                    "kind": point["kind"],
                    "organisation": organisations.get(point.get("organisation")),
                    "address": point.get("address", ""),
                    "phone": point.get("phone", ""),
                    "pec": point.get("pec", ""),
                    "verified_on": point.get("verified_on"),
                    "source": point.get("source", ""),
                    "order": order * 10,
                    **translated(**fields),
                },
            )

    def seed_municipalities(self, seeder, organisations):
        with COMUNI_CSV.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                slug = content.MANAGING_BODY_SLUGS.get(row["managing_body"])
                seeder.once(
                    f"municipality:{row['istat_code']}",
                    Municipality,
                    {"istat_code": row["istat_code"]},
                    {
                        "name": row["name"],
                        "cadastral_code": row["codice_catastale"],
                        "managing_body": organisations.get(slug),
                        "managing_body_source": row["source"] if slug else "",
                    },
                )
