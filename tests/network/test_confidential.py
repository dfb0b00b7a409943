"""location_words(): what in a free text says where a place is (network/confidential.py)."""

import csv
from pathlib import Path

import pytest

from network.confidential import COMMON_WORD_COMUNI, location_words
from pages.seed import content

COMUNI = [
    row["name"]
    for row in csv.DictReader(
        (Path(content.__file__).with_name("comuni-asti.csv")).open(encoding="utf-8")
    )
]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ingresso da via Segreta 1", ["via Segreta 1"]),
        ("ingresso da VIA segreta, 1/b", ["VIA"]),
        ("In viale Pilone 12/a", ["viale Pilone 12/a"]),
        ("corso Alfieri 3", ["corso Alfieri 3"]),
        ("Piazza San Secondo", ["Piazza San Secondo"]),
        ("piazzale, largo, vicolo, strada", ["piazzale", "largo", "vicolo", "strada"]),
        ("Località Boschi", ["Località Boschi"]),
        ("localita Boschi (senza accento)", ["localita Boschi"]),
        ("loc. Boschi", ["loc."]),
        ("frazione Valle, borgata Rossi", ["frazione Valle", "borgata Rossi"]),
        ("presso l'ospedale", ["presso", "ospedale"]),
        ("At the Cardinal Massaia hospital", ["Cardinal Massaia", "hospital"]),
        ("C.so Alfieri 12", ["C.so Alfieri 12"]),
        ("P.zza Roma 3, Pza San Secondo", ["P.zza Roma 3", "Pza San Secondo"]),
        ("V.le Partigiani 5", ["V.le Partigiani 5"]),
        ("Str. Valle Tanaro 4", ["Str. Valle Tanaro 4"]),
        ("in regione Valmanera, borgo Tanaro", ["regione Valmanera", "borgo Tanaro"]),
        ("zona Torretta, quartiere Praia", ["zona Torretta", "quartiere Praia"]),
        ("nel pronto soccorso del Massaia", ["Massaia"]),
        ("al piano del padiglione B, reparto di ginecologia", ["padiglione", "reparto"]),
        ("in una clinica, in una casa di cura", ["clinica", "casa di cura"]),
        ("Cap 14100", ["14100"]),
        ("Coordinate 44.9, 8.2", ["44.9, 8.2"]),
        ("44,9 8,2", ["44,9 8,2"]),
        ("lat 44.899351", ["44.899351"]),
        ("44°54' N", ["44°54'"]),
        ("Vicino ad Asti", ["Asti"]),
        ("a Nizza Monferrato", ["Nizza Monferrato"]),
        ("a Nizza", ["Nizza"]),
        ("San Damiano", ["San Damiano"]),
        ("a castagnole delle lanze", ["castagnole delle lanze"]),
        ("Isola d’Asti", ["Isola d’Asti"]),
        ("Piova Massaia", ["Piova Massaia"]),
        ("Moransengo Tonengo", ["Moransengo Tonengo"]),
        ("Bruno", ["Bruno"]),
        # The site's other languages: every form of the word, and Asti in their scripts.
        ("spitalin e Nicës, rruga Roma", ["spitalin", "rruga"]),
        ("në rrugën Alfieri, te sheshi", ["rrugën", "sheshi"]),
        ("pe strada Romei, la spitalul din Canelli", ["strada Romei", "spitalul", "Canelli"]),
        ("pe bulevardul central, lângă piața mare", ["bulevardul", "piața"]),
        (
            "Притулок знаходиться в Асті, біля лікарні, вулиця Рома",
            ["Асті", "лікарні", "вулиця"],
        ),
        ("на вулиці, на проспекті, у провулку", ["вулиці", "проспекті", "провулку"]),
        ("во болницата во Асти, на улица Рома", ["болницата", "Асти", "улица"]),
        ("таен болнички кревет", ["болнички"]),
        ("в больнице", ["больнице"]),
        ("في مستشفى أستي، شارع روما", ["مستشفى", "أستي", "شارع"]),
        ("بالمستشفى، في زنقة روما، بأستي", ["مستشفى", "زنقة", "بأستي"]),
    ],
)
def test_location_hints_are_found(text, found):
    assert location_words(text, COMUNI) == found


@pytest.mark.parametrize(
    "text",
    [
        "Casa rifugio della Croce Rossa Italiana, aperta il 24 novembre 2021: 4 posti, "
        "più i figli sotto i 3 anni, gratuita.",
        "Chiama il 366 9287198 o lo 0141 090009, anche di notte.",
        "Chiama lo sportello della tua zona: il centro è riconosciuto dalla Regione Piemonte.",
        "Aperto dalle 9.30, 14.30 il martedì.",
        "Capelli bruni, un fontanile, le settime giornate, un soglio.",
        "Per chiedere aiuto chiama il centro antiviolenza, che risponde 24 ore su 24, o il 1522.",
        "Secret bed – ASL AT",
        "La viabilità, il percorso, la stradina",
        # Ordinary words of the other languages that look like the ones above.
        "استيقظي وتصلي بالرقم 1522",
        "Тајниот кревет го обезбедува локалната здравствена служба",
        "Таємне ліжко на одну ніч",
    ],
)
def test_an_ordinary_text_has_none(text):
    assert location_words(text, COMUNI) == []


@pytest.mark.parametrize("name", COMUNI)
def test_every_comune_of_the_province_is_found(name):
    assert location_words(f"La casa è a {name}.", COMUNI) == [name]
    if name not in COMMON_WORD_COMUNI:
        assert location_words(f"la casa è a {name.lower()}.", COMUNI) == [name.lower()]


def test_comuni_that_are_ordinary_words_count_only_as_place_names():
    for name in COMMON_WORD_COMUNI:
        assert name in COMUNI
        assert location_words(f"un {name.lower()} qualsiasi", COMUNI) == []


def _confidential_desk_texts():
    from pages.seed import translations

    slugs = {desk["slug"] for desk in content.HELP_DESKS if desk.get("is_confidential")}
    for language in translations.languages():
        for key, text in translations.texts(language).items():
            if key.startswith("helpdesk:") and key.split(":")[1] in slugs:
                yield pytest.param(text, id=f"{language}-{key}")


@pytest.mark.parametrize("text", list(_confidential_desk_texts()))
def test_the_seed_s_confidential_places_say_where_they_are_in_no_language(text):
    # The shelter and the secret bed, as each language's seed describes them.
    assert location_words(text, COMUNI) == []
