"""The help path in plain words (issue 15): what a woman reads on her way to help.

Short sentences, "tu", the action first; the official terms kept next to them. The seed
says it in Italian and English, and a site seeded earlier gets the new words too.
"""

import re
from html import unescape
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext
from reversion.models import Version

from network.models import HelpDesk, Organisation, SupportService
from pages.models import Page, SeedRecord
from pages.seed import content

from ..helpers import visible_text

LANGUAGES = ["it", "en"]

# The social services bodies whose role pages lead to their desks.
DESK_BODIES = [
    "comune-di-asti",
    "consorzio-cisa-asti-sud",
    "consorzio-cogesa-asti-nord",
    "consorzio-servizi-socio-assistenziali-chierese",
]

# A sentence ends at . ! ? after a lower-case letter, a digit or a closing bracket or
# quote, before a capital: "C.I.S.A. Asti Sud" stays one sentence.
SENTENCE_END = re.compile(r"(?<=[a-zàèéìòù0-9)»”][.!?])\s+(?=[«“A-ZÀÈÉÌÒÙ0-9])")


def plain_text(html):
    """Text as a reader meets it: a paragraph, list item or heading ends a sentence."""
    text = re.sub(r"</(p|li|h[1-6])>", "\n\n", html)
    return unescape(re.sub(r"<[^>]+>", " ", text))


def sentences(text):
    return [
        sentence
        for paragraph in re.split(r"\n\s*\n", plain_text(text))
        for sentence in SENTENCE_END.split(" ".join(paragraph.split()))
        if sentence
    ]


def word_counts(text):
    return [len(sentence.split()) for sentence in sentences(text)]


def test_sentences_are_cut_where_a_reader_stops():
    assert word_counts("Lo gestisce il Consorzio C.I.S.A. Asti Sud. Ha aperto nel 2019.") == [
        7,
        4,
    ]
    assert word_counts("<p>Premi «Esci subito».</p><ul><li>una;</li><li>due.</li></ul>") == [
        3,
        1,
        1,
    ]


def help_path_texts():
    """{where: text} of the seed texts on the way to help, in Italian and English."""
    texts = {}
    for code in LANGUAGES:
        intro = Page.objects.get(slug="sportelli")
        texts[f"sportelli.summary_{code}"] = getattr(intro, f"summary_{code}")
        service_page = Page.objects.get(slug="servizio")
        texts[f"servizio.summary_{code}"] = getattr(service_page, f"summary_{code}")
        for desk in HelpDesk.objects.all():
            texts[f"{desk.slug}.description_{code}"] = getattr(desk, f"description_{code}")
        for service in SupportService.objects.all():
            texts[f"{service.slug}.description_{code}"] = getattr(service, f"description_{code}")
        for body in Organisation.objects.filter(slug__in=DESK_BODIES):
            texts[f"{body.slug}.role_{code}"] = getattr(body, f"role_{code}")
    return texts


def test_the_help_path_speaks_in_short_sentences(seeded):
    texts = help_path_texts()
    assert len(texts) == 2 * (2 + 7 + 8 + 4)
    for where, text in texts.items():
        counts = word_counts(text)
        assert counts, f"{where} is empty"
        assert max(counts) <= 30, (where, sentences(text)[counts.index(max(counts))])
        assert sum(counts) / len(counts) <= 20, (where, counts)


def test_every_service_says_in_one_plain_sentence_what_she_gets(seeded):
    services = list(SupportService.objects.all())
    assert len(services) == len(content.SERVICES) == 8
    for service in services:
        for code in LANGUAGES:
            name = getattr(service, f"name_{code}")
            sentence = getattr(service, f"description_{code}")
            assert name, service.slug  # the official name stays
            assert len(sentences(sentence)) == 1, (service.slug, code, sentence)
            assert sentence.endswith("."), (service.slug, code)
            assert len(sentence.split()) <= 20, (service.slug, code)
            assert sentence.casefold() != name.casefold()
        # Spoken to her: "tu" in Italian, "you" in English.
        assert re.search(r"\b(ti|te|tu|tuo|tua|tuoi|puoi|parli)\b", service.description_it)
        assert re.search(r"\b(you|your)\b", service.description_en)


def test_the_admin_calls_the_field_by_what_it_holds():
    field = SupportService._meta.get_field("description")
    name = SupportService._meta.get_field("name")
    with translation.override("it"):
        assert str(field.verbose_name) == "cosa riceve, in parole semplici"
        assert str(field.help_text).startswith("Scrivi una frase breve")
        assert str(name.verbose_name) == "nome ufficiale"


def button_words(language):
    """The quick-exit button's label and its keyboard way, as templates/base.html shows
    them in the language: ("Exit this page", "press Shift 3 times")."""
    with translation.override(language):
        label = gettext("Exit this page")
        hint = gettext("or press Shift 3 times")
    # The hint starts with its "or": the page says the keyboard way on its own.
    return label, hint.split(" ", 1)[1]


@pytest.mark.parametrize(
    ("language", "quoted"),
    [("it", r"pulsante «([^»]+)»|«([^»]+)», in cima"), ("en", r"“([^”]+)” button|“([^”]+)”, at")],
    ids=LANGUAGES,
)
def test_the_safe_browsing_page_names_the_button_as_it_is_labelled(
    seeded, client, language, quoted
):
    label, keyboard = button_words(language)
    page = Page.objects.get(slug="navigare-in-sicurezza")
    body = " ".join(plain_text(getattr(page, f"body_{language}")).split())
    assert label in body
    assert keyboard in body
    # Every button the page names is the one on the screen.
    named = {name for match in re.findall(quoted, body) for name in match if name}
    assert named == {label}
    # The shortcut is the keyboard's way, never the only one: the button comes first.
    assert body.index(label) < body.index(keyboard)

    with translation.override(language):
        url = page.get_absolute_url()
    text = " ".join(visible_text(client.get(url).content.decode()).split())
    assert body[:200] in text


def test_the_english_safe_browsing_page_never_says_leave_now(seeded, client):
    page = Page.objects.get(slug="navigare-in-sicurezza")
    assert "leave now" not in page.body_en.casefold()
    with translation.override("en"):
        url = page.get_absolute_url()
    html = client.get(url).content.decode()
    assert "Exit this page" in visible_text(html)
    assert "Leave now" not in html


def test_the_desks_intro_starts_plain_and_keeps_the_official_text(seeded, client):
    intro = Page.objects.get(slug="sportelli")
    for code in LANGUAGES:
        first = sentences(getattr(intro, f"summary_{code}"))[0]
        assert len(first.split()) <= 20, first
    official = (
        "gli sportelli antiviolenza che assicurano accoglienza, assistenza, sostegno "
        "psicologico, colloqui orientativi in materia legale"
    )
    text = " ".join(visible_text(client.get("/sportelli/").content.decode()).split())
    assert official in text
    assert text.index(sentences(intro.summary_it)[0]) < text.index(official)


PLAIN_WORDS = [c for c in content.TEXT_CORRECTIONS if c["comment"] == content.PLAIN_WORDS]


def stored(correction, code):
    model = apps.get_model(correction["model"])
    obj = model.objects.get(slug=correction["slug"])
    return getattr(obj, f"{correction['field']}_{code}")


def test_a_site_seeded_before_gets_the_plain_words_but_keeps_what_an_editor_wrote(seeded):
    assert {(c["model"], c["slug"], c["field"]) for c in PLAIN_WORDS} >= {
        ("pages.Page", "servizio", "summary"),
        ("pages.Page", "sportelli", "summary"),
        ("pages.Page", "navigare-in-sicurezza", "body"),
        ("network.HelpDesk", "orecchio-di-venere", "description"),
        ("network.Organisation", "comune-di-asti", "role"),
        ("network.SupportService", "colloqui-orientativi-legali", "description"),
    }
    # A site seeded before issue 15: the old texts, saved as the admin saves them.
    for correction in PLAIN_WORDS:
        model = apps.get_model(correction["model"])
        obj = model.objects.get(slug=correction["slug"])
        for code, text in correction["old"].items():
            setattr(obj, f"{correction['field']}_{code}", text)
        obj.save()
    Page.objects.filter(slug="navigare-in-sicurezza").update(last_updated="2026-11-25")
    # An editor's own words are hers.
    HelpDesk.objects.filter(slug="spazio-anna-c").update(description_en="Our own words.")
    SupportService.objects.filter(slug="accoglienza").update(description_it="Ti ascoltiamo.")

    # It has not looked at the corrections yet.
    SeedRecord.objects.filter(key__startswith="correction:").delete()
    out = StringIO()
    call_command("seed_content", stdout=out)

    assert f"Seed texts corrected: {len(PLAIN_WORDS)}." in out.getvalue()
    assert "an editor changed it: " in out.getvalue()
    kept = {("spazio-anna-c", "en"): "Our own words.", ("accoglienza", "it"): "Ti ascoltiamo."}
    for correction in PLAIN_WORDS:
        for code in LANGUAGES:
            expected = kept.get((correction["slug"], code), correction["new"][code])
            assert stored(correction, code).split() == expected.split(), (correction, code)
    safe_browsing = Page.objects.get(slug="navigare-in-sicurezza")
    assert "Leave now" not in safe_browsing.body_en
    assert safe_browsing.last_updated == content.SAFE_BROWSING_PAGE["last_updated"]
    # The official page's date stays on the service page.
    assert Page.objects.get(slug="servizio").last_updated.isoformat() == "2020-12-02"
    # The history says why the text changed.
    page_versions = Version.objects.get_for_object(safe_browsing)
    assert page_versions.first().revision.comment == content.PLAIN_WORDS
    # Once is enough.
    out = StringIO()
    call_command("seed_content", stdout=out)
    assert "corrected" not in out.getvalue()


def test_a_correction_is_applied_once_and_never_undoes_a_later_edit(seeded):
    """seed_content runs at every `make run` and deploy: a text an editor emptied, or took
    back from the history, stays as she left it."""
    service = SupportService.objects.get(slug="accoglienza")
    service.description_it = ""
    service.save()
    page = Page.objects.get(slug="navigare-in-sicurezza")
    old_body = next(c["old"]["en"] for c in PLAIN_WORDS if c["slug"] == "navigare-in-sicurezza")
    page.body_en = old_body
    page.save()
    taken_back = Page.objects.get(pk=page.pk).body_en
    for _run in range(2):
        call_command("seed_content", stdout=StringIO())
    service.refresh_from_db()
    page.refresh_from_db()
    assert service.description_it == ""
    assert page.body_en == taken_back
