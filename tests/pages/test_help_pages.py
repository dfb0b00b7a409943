"""The help path's pages (issue 15): what happens when you call, recognising violence, if
you cannot talk, and asking for help in easy-to-read Italian. Each names its sources for
staff, who can edit them in the admin."""

import re
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from network.models import HelpDesk
from pages.models import Page, SeedRecord
from tests.helpers import count_tags, form_data, tag_attrs, visible_text

WHEN_YOU_CALL = "cosa-succede-quando-chiami"
RECOGNISING = "riconoscere-la-violenza"
CANNOT_TALK = "se-non-puoi-parlare"
EASY_READ = "chiedere-aiuto-parole-semplici"
HELP_PAGES = [WHEN_YOU_CALL, RECOGNISING, CANNOT_TALK, EASY_READ]
# Easy-to-read pages are written for one language: the English site shows it in Italian.
LANGUAGES = {WHEN_YOU_CALL: "it en", RECOGNISING: "it en", CANNOT_TALK: "it en", EASY_READ: "it"}
# The numbers each page must let a woman call with one tap.
TEL_LINKS = {
    WHEN_YOU_CALL: ["tel:1522", "tel:112"],
    RECOGNISING: ["tel:1522", "tel:112"],
    CANNOT_TALK: ["tel:1522", "tel:112"],
    EASY_READ: ["tel:1522", "tel:112"],
}


def rich_text(html):
    """The page's own text (the editor's body), without the help bar every page has."""
    return html.split('<div class="rich-text">', 1)[1].split("</div>", 1)[0]


@pytest.mark.parametrize("slug", HELP_PAGES)
def test_each_page_is_seeded_published_and_names_its_sources(seeded, slug):
    page = Page.objects.get(slug=slug)
    assert page.published
    for code in LANGUAGES[slug].split():
        assert getattr(page, f"title_{code}") and getattr(page, f"body_{code}"), code
        assert getattr(page, f"summary_{code}"), code
    # A source is a named site or document with its date, one a line.
    lines = [line for line in page.sources.splitlines() if line.strip()]
    assert len(lines) >= 2
    assert all(re.search(r"\b(19|20)\d\d\b", line) for line in lines), lines


@pytest.mark.parametrize("slug", HELP_PAGES)
@pytest.mark.parametrize("prefix", ["", "/en"])
def test_each_page_renders_with_one_h1_and_the_numbers_to_tap(seeded, client, slug, prefix):
    response = client.get(f"{prefix}/{slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert count_tags(html, "h1") == 1
    text = rich_text(html)
    for href in TEL_LINKS[slug]:
        assert f'href="{href}"' in text, href


def test_who_answers_and_what_it_costs(seeded, client):
    text = visible_text(rich_text(client.get(f"/{WHEN_YOU_CALL}/").content.decode()))
    for fact in [
        "operatrici specializzate",
        "anonima",
        "24 ore su 24",
        "gratuito",
        "senza credito",
        "consiglio",
        "decidi tu",
        "366 9287198",  # the anti-violence centre's line, answered by a person
    ]:
        assert fact in text.replace("\xa0", " "), fact
    page = Page.objects.get(slug=WHEN_YOU_CALL)
    assert "1522.eu" in page.sources and "salute.gov.it" in page.sources


def test_recognising_violence_names_the_forms_and_the_law(seeded, client):
    it = visible_text(rich_text(client.get(f"/{RECOGNISING}/").content.decode())).lower()
    en = visible_text(rich_text(client.get(f"/en/{RECOGNISING}/").content.decode())).lower()
    for form in ["fisica", "sessuale", "psicologica", "economica", "stalking"]:
        assert form in it, form
    for form in ["physical", "sexual", "psychological", "economic", "stalking"]:
        assert form in en, form
    assert "612-bis" in it and "612-bis" in en
    sources = Page.objects.get(slug=RECOGNISING).sources
    assert "Convenzione di Istanbul" in sources and "art. 3" in sources
    assert "legge 27 giugno 2013, n. 77" in sources
    assert "612-bis" in sources


def test_if_you_cannot_talk_chat_app_and_112_for_deaf_women(seeded, client):
    for prefix in ("", "/en"):
        html = rich_text(client.get(f"{prefix}/{CANNOT_TALK}/").content.decode())
        text = visible_text(html)
        assert "chat" in text and "app" in text
        assert 'href="https://www.1522.eu/"' in html
        assert "112 Sordi" in text and "2021" in text
        # Only what the sources say: no app store link, no other number.
        assert "apple.com" not in html and "play.google" not in html
    assert "cronacatorino.it" in Page.objects.get(slug=CANNOT_TALK).sources


# --- The easy-to-read page: Inclusion Europe, "Information for all", made measurable.

ABBREVIATIONS = re.compile(
    r"\b(es|ecc|etc|ca|cfr|tel|cell|n|nr|num|pag|art|artt|sig|sigg|dott|p\.es)\.", re.I
)
NUMBER_WORDS = re.compile(
    r"\b(due|tre|quattro|cinque|sette|otto|nove|dieci|undici|dodici|ventiquattro)\b", re.I
)
MAX_WORDS = 15


class Blocks(HTMLParser):
    """The text of each paragraph, list item and heading; text anywhere else is kept
    apart, as are line breaks inside a block."""

    BLOCKS = {"p", "li", "h2", "h3", "h4"}

    def __init__(self):
        super().__init__()
        self.blocks, self.stray, self.breaks = [], [], 0
        self._open = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self._open.append([])
        elif tag == "br":
            self.breaks += 1

    def handle_endtag(self, tag):
        if tag in self.BLOCKS and self._open:
            self.blocks.append(" ".join("".join(self._open.pop()).split()))

    def handle_data(self, data):
        if self._open:
            self._open[-1].append(data)
        elif data.strip():
            self.stray.append(data)


def easy_read_blocks(html):
    parser = Blocks()
    parser.feed(html)
    assert parser.stray == [] and parser.breaks == 0
    return [block for block in parser.blocks if block]


def sentences(block):
    return [part for part in re.split(r"(?<=[.!?])\s+", block) if part]


def words(sentence):
    return sentence.split()


def test_the_easy_to_read_page_keeps_the_rules(seeded, client):
    page = Page.objects.get(slug=EASY_READ)
    html = rich_text(client.get(f"/{EASY_READ}/").content.decode())
    blocks = [page.title, page.summary, *easy_read_blocks(html)]
    assert len(blocks) > 30
    for block in blocks:
        # One sentence per paragraph, list item or heading.
        assert len(sentences(block)) == 1, block
        assert len(words(block)) <= MAX_WORDS, block
        assert not ABBREVIATIONS.search(block), block
        # Numbers as digits; no initials (a reader may not know them).
        assert not NUMBER_WORDS.search(block), block
        assert not re.search(r"\b[A-Z]{2,}\b", block), block
    text = " ".join(blocks)
    for needed in ["112", "1522", "gratis", "pericolo", "sportello", "Comune"]:
        assert needed in text, needed
    # Hard words are explained where they are used.
    for word in ["Emergenza", "Stalking", "Chat", "Comune"]:
        assert f"{word} vuol dire:" in text, word
    # How to find your desk: the finder on the site.
    assert 'href="/sportelli/"' in html


def test_the_english_site_shows_the_easy_to_read_page_in_italian_marked_as_italian(seeded, client):
    html = client.get(f"/en/{EASY_READ}/").content.decode()
    assert '<html lang="en"' in html
    assert '<div lang="it"><h1>Chiedere aiuto, in parole semplici</h1>' in html
    # A translated page is not marked.
    html = client.get(f"/en/{WHEN_YOU_CALL}/").content.decode()
    assert "<h1>What happens when you call</h1>" in html
    assert 'lang="it"><h1>' not in html


# --- Seeding: a site seeded before gets the pages on its next run, and only once.


def test_a_site_seeded_before_gets_the_help_pages_on_the_next_run(seeded):
    Page.objects.filter(slug__in=HELP_PAGES).delete()
    SeedRecord.objects.filter(key__in=[f"page:{slug}" for slug in HELP_PAGES]).delete()

    out = StringIO()
    call_command("seed_content", stdout=out)

    assert f"{len(HELP_PAGES)} new objects" in out.getvalue()
    assert set(
        Page.objects.filter(slug__in=HELP_PAGES).exclude(sources="").values_list("slug", flat=True)
    ) == set(HELP_PAGES)
    # Deleted by staff afterwards: not brought back.
    Page.objects.filter(slug=RECOGNISING).delete()
    call_command("seed_content", stdout=StringIO())
    assert not Page.objects.filter(slug=RECOGNISING).exists()


# --- The admin: staff see and edit the sources; visitors never see them.


@pytest.fixture
def staff_client(seeded, admin_client):
    return admin_client


def test_the_change_form_shows_the_sources_and_saves_them(staff_client, client):
    page = Page.objects.get(slug=WHEN_YOU_CALL)
    url = reverse("admin:pages_page_change", args=[page.pk])
    html = staff_client.get(url).content.decode()
    assert '<textarea name="sources"' in html
    assert "Fonti" in visible_text(html)
    assert "Non compare sul sito." in visible_text(html)

    data = form_data(html)
    data["sources"] = "1522.eu, «Cos'è 1522», 2023.\nsalute.gov.it, 2024."
    response = staff_client.post(url, data)

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.sources == "1522.eu, «Cos'è 1522», 2023.\r\nsalute.gov.it, 2024." or (
        page.sources == "1522.eu, «Cos'è 1522», 2023.\nsalute.gov.it, 2024."
    )
    # Never on the public page.
    for prefix in ("", "/en"):
        assert (
            "salute.gov.it, 2024" not in client.get(f"{prefix}/{WHEN_YOU_CALL}/").content.decode()
        )


def test_the_admin_home_lists_the_pages_without_sources(staff_client):
    Page.objects.filter(slug="privacy").update(sources="")
    html = staff_client.get(reverse("admin:index")).content.decode()
    box = html.split('id="attention"')[1].split("</div>")[0]
    assert "Pagine senza fonti" in box
    privacy = Page.objects.get(slug="privacy")
    assert f'href="{reverse("admin:pages_page_change", args=[privacy.pk])}#id_sources"' in box
    assert "Cosa succede quando chiami" not in box


def test_the_home_and_desk_pages_link_only_help_pages_that_are_published(seeded, client):
    desk = HelpDesk.objects.published().first().get_absolute_url()
    for url in ("/", desk):
        hrefs = [a["href"] for a in tag_attrs(client.get(url).content.decode(), "a")]
        assert "/cosa-succede-quando-chiami/" in hrefs, url
    # Staff withdraw one and delete another: no link leads to "page not found".
    Page.objects.filter(slug="cosa-succede-quando-chiami").update(published=False)
    Page.objects.filter(slug="riconoscere-la-violenza").delete()
    for url in ("/", desk, "/en/"):
        html = client.get(url).content.decode()
        hrefs = [a["href"] for a in tag_attrs(html, "a")]
        assert "/cosa-succede-quando-chiami/" not in hrefs, url
        assert not any("riconoscere-la-violenza" in href for href in hrefs), url
        for href in hrefs:
            if href.rstrip("/").endswith(("se-non-puoi-parlare", "parole-semplici")):
                assert client.get(href).status_code == 200, href
    # The easy-to-read page, in Italian only, is marked so on the English home page.
    assert 'lang="it">Chiedere aiuto, in parole semplici</a>' in client.get("/en/").content.decode()
