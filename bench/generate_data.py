"""A large data set for the load benchmark (`make bench`), in a throw-away database only.

Adds to the seed content, so that the large set has ten times its network members, help
desks and acts, and 1,000 pages:

- network bodies "Ente generato N" adhering to the protocol;
- help desks "Sportello generato N" with contact channels, weekly hours, dated exceptions,
  services, languages and (when not confidential) an address and coordinates, so that the
  desk map carries them; some serve the whole province, some belong to the real consortia
  that serve the comuni, so that a comune's page grows too;
- acts "Atto generato N", each with a small real PDF written to the throw-away MEDIA_ROOT;
- pages "Pagina generata N" with a few paragraphs of text that site search finds.

Every generated name says it is generated: none of it is real. With `--documents-only` it
only gives the seed acts a small PDF (so that the seed run can measure a download too).

It refuses to run unless the database is PostgreSQL and its name starts with `pi_bench_`,
and unless DJANGO_MEDIA_ROOT points away from the project's `media/`. Usage (bench/run.py
does this): DATABASE_URL=postgres://…/pi_bench_large_… DJANGO_MEDIA_ROOT=/tmp/bn_…/media
.venv/bin/python bench/generate_data.py [--scale 10] [--pages 1000] [--documents-only]
"""

import argparse
import datetime
import io
import os
import random
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DATABASE_PREFIX = "pi_bench_"


def refuse_unless_throw_away():
    from django.conf import settings

    database = settings.DATABASES["default"]
    name = str(database.get("NAME") or "")
    if database["ENGINE"] != "django.db.backends.postgresql" or not name.startswith(
        DATABASE_PREFIX
    ):
        sys.exit(
            f"generate_data.py writes generated content only into a throw-away PostgreSQL "
            f"database whose name starts with {DATABASE_PREFIX!r}; this one is {name!r}."
        )
    media_root = Path(settings.MEDIA_ROOT).resolve()
    if not os.environ.get("DJANGO_MEDIA_ROOT") or media_root == (BASE_DIR / "media").resolve():
        sys.exit("Set DJANGO_MEDIA_ROOT to a throw-away folder: the PDFs are written there.")


def small_pdf(title):
    """A real one-page PDF (Pillow writes it) that says what it is."""
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (420, 594), "white")
    draw = ImageDraw.Draw(page)
    lines = [
        "Documento generato per il benchmark",
        "(non è un atto reale)",
        "",
        *[title[i : i + 48] for i in range(0, len(title), 48)],
    ]
    for number, line in enumerate(lines):
        draw.text((30, 40 + 18 * number), line, fill="black")
    output = io.BytesIO()
    page.save(output, "PDF", resolution=72.0)
    data = output.getvalue()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-32:]
    return data


def attach_document(act):
    from django.core.files.base import ContentFile

    act.document.save("document.pdf", ContentFile(small_pdf(act.title_it or act.title)))


TEXT_IT = (
    "violenza donne sportello ascolto sostegno accoglienza rete protocollo servizio "
    "consulenza legale psicologica orientamento lavoro casa rifugio comune provincia asti "
    "operatrici formazione scuole prevenzione stalking numero gratuito anonimo percorso "
    "autonomia figli minori tutela denuncia pronto soccorso consultorio"
)
WORDS = TEXT_IT.split()
TEXT_EN = (
    "violence women desk listening support reception network protocol service advice legal "
    "psychological guidance work home shelter municipality province operators training "
    "schools prevention stalking free anonymous path independence children protection"
)
WORDS_EN = TEXT_EN.split()


def sentences(rng, words, count):
    out = []
    for _ in range(count):
        chosen = rng.choices(words, k=rng.randint(8, 16))
        out.append(" ".join(chosen).capitalize() + ".")
    return " ".join(out)


def both(it, en):
    return {"it": it, "en": en}


def generate(scale, page_total, rng):
    from network.models import (
        ContactChannel,
        HelpDesk,
        HoursException,
        Language,
        Municipality,
        OpeningHours,
        Organisation,
        Protocol,
        SupportService,
    )
    from pages.management.commands.seed_content import translated
    from pages.models import Deliberation, Page

    counts = {}
    seed_organisations = Organisation.objects.count()
    seed_desks = HelpDesk.objects.count()
    seed_acts = Deliberation.objects.count()
    protocol = Protocol.objects.order_by("order", "pk").first()

    # Network bodies.
    kinds = [kind for kind, _label in Organisation.Kind.choices]
    new_organisations = Organisation.objects.bulk_create(
        Organisation(
            slug=f"ente-generato-{n}",
            kind=kinds[n % len(kinds)],
            order=1000 + n,
            **translated(
                name=both(f"Ente generato {n}", f"Generated body {n}"),
                role=both(sentences(rng, WORDS, 2), sentences(rng, WORDS_EN, 2)),
            ),
        )
        for n in range(1, seed_organisations * (scale - 1) + 1)
    )
    if protocol is not None:
        protocol.adherents.add(*new_organisations)
    counts["organisations"] = len(new_organisations)

    # Help desks: their managing bodies are the generated social-services bodies and, one in
    # three, the real consortia that serve comuni (so that a comune's page grows too).
    consortia = list(
        Organisation.objects.filter(
            pk__in=Municipality.objects.exclude(managing_body=None).values("managing_body")
        )
    )
    generated_social = [
        o for o in new_organisations if o.kind == Organisation.Kind.SOCIAL_SERVICES
    ] or new_organisations
    services = list(SupportService.objects.all())
    languages = list(Language.objects.all())
    towns = list(Municipality.objects.values_list("name", flat=True)) or ["Asti"]
    desk_kinds = ["desk", "desk", "desk", "centre", "desk", "desk", "desk", "desk", "shelter"]
    desks = []
    for n in range(1, seed_desks * (scale - 1) + 1):
        kind = desk_kinds[n % len(desk_kinds)]
        confidential = kind == "shelter"
        if consortia and n % 3 == 0:
            organisation = consortia[n % len(consortia)]
        else:
            organisation = generated_social[n % len(generated_social)]
        location = {}
        if not confidential:
            location = {
                "street_address": f"Via Generata {n}",
                "postal_code": f"14{rng.randint(0, 999):03d}",
                "locality": rng.choice(towns),
                "latitude": round(rng.uniform(44.65, 45.10), 6),
                "longitude": round(rng.uniform(7.95, 8.50), 6),
                **translated(
                    directions=both(
                        "Indicazioni generate: " + sentences(rng, WORDS, 1),
                        "Generated directions: " + sentences(rng, WORDS_EN, 1),
                    )
                ),
            }
        desks.append(
            HelpDesk(
                slug=f"sportello-generato-{n}",
                kind=kind,
                organisation=organisation,
                serves_whole_province=n % 10 == 0,
                is_confidential=confidential,
                contacts_verified_on=datetime.date(2025, 1, 1) + datetime.timedelta(days=n),
                contacts_source="Dato generato per il benchmark",
                order=1000 + n,
                **location,
                **translated(
                    name=both(f"Sportello generato {n}", f"Generated desk {n}"),
                    description=both(sentences(rng, WORDS, 3), sentences(rng, WORDS_EN, 3)),
                    accessibility=both(sentences(rng, WORDS, 1), sentences(rng, WORDS_EN, 1)),
                ),
            )
        )
    desks = HelpDesk.objects.bulk_create(desks)
    channels, hours, exceptions = [], [], []
    today = datetime.date.today()
    for n, desk in enumerate(desks, 1):
        desk.services.set(rng.sample(services, k=min(3, len(services))))
        desk.languages.set(rng.sample(languages, k=min(3, len(languages))))
        channels += [
            ContactChannel(
                help_desk=desk,
                kind="phone",
                value=f"0141 {500000 + n}",
                order=10,
                available_24h=n % 7 == 0,
                **translated(label=both("Telefono (generato)", "Phone (generated)")),
            ),
            ContactChannel(
                help_desk=desk,
                kind="mobile",
                value=f"333 {1000000 + n}",
                order=20,
                **translated(label=both("Cellulare (generato)", "Mobile (generated)")),
            ),
            ContactChannel(
                help_desk=desk,
                kind="email",
                value=f"sportello-generato-{n}@example.invalid",
                order=30,
                **translated(label=both("Posta (generata)", "E-mail (generated)")),
            ),
        ]
        for weekday in rng.sample(range(7), k=4):
            hours.append(
                OpeningHours(
                    help_desk=desk,
                    weekday=weekday,
                    opens=datetime.time(9),
                    closes=datetime.time(12, 30),
                )
            )
            hours.append(
                OpeningHours(
                    help_desk=desk,
                    weekday=weekday,
                    opens=datetime.time(14),
                    closes=datetime.time(17, 30),
                )
            )
        exceptions.append(
            HoursException(
                help_desk=desk,
                starts_on=today + datetime.timedelta(days=3 + n % 20),
                ends_on=today + datetime.timedelta(days=3 + n % 20 + n % 3),
                closed=True,
                **translated(note=both("Chiusura generata", "Generated closure")),
            )
        )
    ContactChannel.objects.bulk_create(channels)
    OpeningHours.objects.bulk_create(hours)
    HoursException.objects.bulk_create(exceptions)
    counts["help_desks"] = len(desks)

    # Acts, each with a PDF document.
    bodies = [body for body, _label in Deliberation.IssuingBody.choices]
    effects = [Deliberation.Effect.OTHER, Deliberation.Effect.AMENDS]
    acts = []
    for n in range(1, seed_acts * (scale - 1) + 1):
        acts.append(
            Deliberation(
                issuing_body=bodies[n % len(bodies)],
                number=f"G-{n}",
                date=datetime.date(2005 + n % 20, 1 + n % 12, 1 + n % 28),
                slug=f"atto-generato-{n}",
                protocol=protocol,
                effect=effects[n % len(effects)],
                **translated(
                    title=both(
                        f"Atto generato {n}: integrazione della rete antiviolenza",
                        f"Generated act {n}: extension of the anti-violence network",
                    ),
                    summary=both(sentences(rng, WORDS, 2), sentences(rng, WORDS_EN, 2)),
                ),
            )
        )
    acts = Deliberation.objects.bulk_create(acts)
    for act in acts:
        act.organisations_added.set(rng.sample(new_organisations, k=min(3, len(new_organisations))))
        attach_document(act)
    counts["acts"] = len(acts)

    # Pages.
    pages = []
    for n in range(1, page_total - Page.objects.count() + 1):
        paragraphs_it = "".join(f"<p>{sentences(rng, WORDS, 4)}</p>" for _ in range(4))
        paragraphs_en = "".join(f"<p>{sentences(rng, WORDS_EN, 4)}</p>" for _ in range(4))
        pages.append(
            Page(
                slug=f"pagina-generata-{n}",
                last_updated=datetime.date(2025, 1, 1),
                **translated(
                    title=both(f"Pagina generata {n}", f"Generated page {n}"),
                    summary=both(sentences(rng, WORDS, 1), sentences(rng, WORDS_EN, 1)),
                    body=both(
                        f"<h2>Sezione generata</h2>{paragraphs_it}",
                        f"<h2>Generated section</h2>{paragraphs_en}",
                    ),
                ),
            )
        )
    counts["pages"] = len(Page.objects.bulk_create(pages, batch_size=200))
    return counts


def attach_seed_documents():
    from pages.models import Deliberation

    acts = list(Deliberation.objects.filter(document=""))
    for act in acts:
        attach_document(act)
    return len(acts)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=10, help="times the seed content")
    parser.add_argument("--pages", type=int, default=1000, help="pages in all")
    parser.add_argument("--documents-only", action="store_true")
    parser.add_argument("--random-seed", type=int, default=2024)
    args = parser.parse_args(argv)

    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pariopportunita.settings")
    import django

    django.setup()
    refuse_unless_throw_away()
    from django.db import transaction

    with transaction.atomic():
        counts = {"seed_act_documents": attach_seed_documents()}
        if not args.documents_only:
            counts.update(generate(args.scale, args.pages, random.Random(args.random_seed)))
    print("generated: " + ", ".join(f"{name} {count}" for name, count in counts.items()))


if __name__ == "__main__":
    main()
