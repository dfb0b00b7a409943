"""The pocket safety card (issue 18): a PDF of four A6 cards per comune, in every language,
read back with pypdf as a person holding it would read it."""

import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext
from pypdf import PdfReader
from weasyprint import HTML

from network.models import HelpDesk, Municipality
from pocketcard import views
from pocketcard.views import _fonts, _SiteFontsOnly

from .helpers import confidential_centre, visible_text

ASTI = "/sportelli/comune/005005/scheda.pdf"  # served by the Comune di Asti's desk
ANTIGNANO = "/sportelli/comune/005003/scheda.pdf"  # served by CO.GE.SA. Asti Nord
LANGUAGES = ["it", "en", "sq", "ro", "ar", "mk", "uk", "fr", "es"]
# The word a card's outside must never show, in each language the site has.
VIOLENCE = {
    "it": "violen",
    "en": "violen",
    "sq": "dhun",
    "ro": "violen",
    "ar": "عنف",
    "mk": "насил",
    "uk": "насил",
    "fr": "violen",
    "es": "violen",
}


def pdf_pages(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return reader, [page.extract_text() for page in reader.pages]


def card_text(text):
    """The text of one card: the sheet repeats it four times."""
    return " ".join(text.split())


def test_the_card_gives_her_comune_s_desk_the_helplines_and_the_centre(seeded, client):
    reader, (inside, outside) = pdf_pages(client.get(ASTI))
    assert len(reader.pages) == 2
    inside = card_text(inside)
    # 112 and 1522, as the site settings say them.
    assert re.search("112 ?Numero unico di emergenza", inside)
    assert re.search("1522 ?Numero antiviolenza e stalking", inside)
    # The desk that serves Asti, with its phones, address and hours.
    assert "Il tuo sportello" in inside
    assert "Sportello antiviolenza «Spazio Anna C.»" in inside
    assert "348 2426119 · 0141 399490" in inside
    assert "via Natta 3, Asti" in inside
    assert "Martedì 15:00–18:00" in inside
    # The centre that answers at any hour.
    assert "366 9287198 · 0141 090009" in inside
    assert "L'orecchio di Venere" in inside
    assert "testserver/sportelli/comune/005005/" in inside.replace(" ", "")
    # Four cards on the sheet.
    assert inside.count("Il tuo sportello") == 4
    # Folded with the writing inside, the outside shows only this.
    assert card_text(outside) == " ".join(["Numeri utili Asti"] * 8)


def test_a_desk_without_hours_says_to_call(seeded, client):
    _reader, (inside, _outside) = pdf_pages(client.get(ANTIGNANO))
    inside = card_text(inside)
    assert "Consorzio CO.GE.SA. Asti Nord" in inside
    assert "0141 591801" in inside
    assert "Orari non ancora pubblicati · chiama per chiedere" in inside


@pytest.fixture
def laid_out(monkeypatch):
    """The HTML each card was laid out from, in order."""
    pages = []

    def recording(*args, **kwargs):
        pages.append(kwargs["string"])
        return HTML(*args, **kwargs)

    monkeypatch.setattr(views, "HTML", recording)
    return pages


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_card_is_in_every_language_and_its_outside_is_discreet(
    seeded, client, laid_out, language
):
    prefix = "" if language == "it" else f"/{language}"
    reader, (inside, outside) = pdf_pages(client.get(prefix + ASTI))
    assert reader.trailer["/Root"]["/Lang"] == language
    with translation.override(language):
        useful, desk = gettext("Useful numbers"), gettext("Your help desk")
    # What was laid out: the inside in her language, the outside without a word of
    # violence (the PDF's own text is read back below, except in Arabic: its letters
    # are drawn from shared shapes, which text extraction cannot map back).
    html = laid_out[0]
    assert f'lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}"' in html
    html_inside, html_outside = html.split('<div class="sheet">')[1:]
    assert visible_text(html_inside).count(desk) == 4
    assert visible_text(html_outside).split() == (f"{useful} Asti " * 8).split()
    assert VIOLENCE[language] not in html_outside.lower()
    inside, outside = card_text(inside), card_text(outside)
    assert "1522" in inside and "0141 399490" in inside and "1522" not in outside
    assert f"testserver{prefix}/sportelli/comune/005005/" in inside.replace(" ", "")
    if language != "ar":
        assert desk in inside
        assert outside == " ".join([f"{useful} Asti"] * 8)


def test_a_comune_no_source_maps_to_a_body_gets_the_numbers_for_everyone(seeded, client):
    municipality = Municipality.objects.filter(managing_body=None).first()
    response = client.get(f"/sportelli/comune/{municipality.istat_code}/scheda.pdf")
    _reader, (inside, outside) = pdf_pages(response)
    inside = card_text(inside)
    assert "1522" in inside and "112" in inside
    assert "366 9287198 · 0141 090009" in inside  # the centre for the whole province
    assert "Inquadra il codice: la pagina elenca gli sportelli della provincia" in inside
    assert municipality.name in card_text(outside)


def test_no_confidential_place_or_number_is_on_a_card(seeded, client):
    asti_body = Municipality.objects.get(istat_code="005005").managing_body
    place = HelpDesk.objects.create(
        name="Casa nascosta del Comune",
        slug="casa-nascosta",
        kind=HelpDesk.Kind.SHELTER,
        organisation=asti_body,
        is_confidential=True,
    )
    place.channels.create(kind="phone", value="0141 777777")
    place.hours.create(weekday=0, opens="09:00", closes="12:00")
    confidential_centre(place, "0141 555123")
    for path in (ASTI, ANTIGNANO, "/ar" + ASTI):
        _reader, pages = pdf_pages(client.get(path))
        text = card_text(" ".join(pages))
        for word in ("Casa nascosta", "0141 777777", "Casa segreta", "0141 555123"):
            assert word not in text, (path, word)


def test_a_card_takes_as_many_queries_whatever_the_number_of_desks(seeded, client):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(ASTI).status_code == 200
        return len(captured)

    before = queries()
    model = HelpDesk.objects.get(slug="spazio-anna-c")
    for number in range(3):
        desk = HelpDesk.objects.get(pk=model.pk)
        desk.pk, desk.slug = None, f"sportello-copia-{number}"
        desk.save()
        desk.channels.create(kind="phone", value=f"0141 00000{number}")
        desk.hours.create(weekday=number, opens="09:00", closes="12:00")
    assert queries() == before


@pytest.mark.parametrize(
    "code",
    ["999999", "00500", "0050050", "abcdef", "005005%00", "%2e%2e%2f", "٠٠٥٠٠٥", "00５005"],
)
def test_an_address_that_names_no_comune_is_not_found(seeded, client, code):
    response = client.get(f"/sportelli/comune/{code}/scheda.pdf")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


def test_the_card_answers_like_a_public_page(seeded, client):
    response = client.get(ASTI)
    assert "public" in response["Cache-Control"] and response["ETag"]
    assert response["Content-Disposition"] == 'inline; filename="scheda-005005-it.pdf"'
    assert client.head(ASTI).status_code == 200
    assert client.post(ASTI).status_code in (403, 405)


def test_text_typed_by_staff_cannot_make_the_card_read_a_file(seeded, client):
    HelpDesk.objects.filter(slug="spazio-anna-c").update(
        name_it='<img src="file:///etc/passwd"><link rel="stylesheet" href="http://x.test/">'
    )
    _reader, (inside, _outside) = pdf_pages(client.get(ASTI))
    assert '<img src="file:///etc/passwd">' in card_text(inside)  # printed as text
    fetcher = _SiteFontsOnly(_fonts())
    for url in ("file:///etc/passwd", "http://x.test/", "https://x.test/font.woff2"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_the_comune_page_links_to_its_card_and_says_how_to_fold_it(seeded, client):
    html = client.get("/sportelli/comune/005005/").content.decode()
    assert f'href="{ASTI}" type="application/pdf"' in html
    assert "Scheda tascabile da stampare (PDF, A4)" in html
    assert "con la scritta all&#x27;interno" in html or "con la scritta all'interno" in html
    html = client.get("/ar/sportelli/comune/005005/").content.decode()
    assert 'href="/ar/sportelli/comune/005005/scheda.pdf"' in html


def test_a_body_with_more_desks_than_a_card_holds_points_to_the_code(seeded, client):
    asti_body = Municipality.objects.get(istat_code="005005").managing_body
    later = HelpDesk.objects.create(
        name="Secondo sportello del Comune",
        slug="secondo-sportello",
        organisation=asti_body,
        order=99,
    )
    later.channels.create(kind="phone", value="0141 222222")
    _reader, (inside, _outside) = pdf_pages(client.get(ASTI))
    inside = card_text(inside)
    assert "0141 399490" in inside and "0141 222222" not in inside
    assert inside.count("Altri sportelli: inquadra il codice.") == 4


@pytest.mark.parametrize("query", ["?n=1", "?utm_source=x", "?%00", "?" + "a" * 500])
def test_a_query_string_leads_to_the_card_nginx_keeps(seeded, client, query):
    # Each card costs the server a good part of a second to lay out: never on demand.
    for response in (client.get(ASTI + query), client.head(ASTI + query)):
        assert response.status_code == 301
        assert response["Location"] == ASTI
