"""The desk list in pages of twelve cards (issue 16: a page renders in the time of a few cards),
at addresses nginx keeps and the sitemap lists; 1522, the 24-hour numbers and the map stay
on every page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.models import HelpDesk
from network.views import DESKS_PER_PAGE

from ..helpers import visible_text


def add_desks(count):
    model = HelpDesk.objects.get(slug="spazio-anna-c")
    for number in range(count):
        desk = HelpDesk.objects.get(pk=model.pk)
        desk.pk, desk.slug = None, f"sportello-in-piu-{number}"
        desk.name_it = f"Sportello in più {number:02d}"
        desk.order = 1000 + number
        desk.save()
        desk.channels.create(kind="phone", value=f"0141 1000{number:02d}")


def cards(html):
    return html.count('class="it-card it-card-height-full border desk-card"')


def test_a_short_list_is_one_page(seeded, client):
    html = client.get("/sportelli/").content.decode()
    assert cards(html) == HelpDesk.objects.published().count() < DESKS_PER_PAGE
    assert "pagination" not in html
    assert client.get("/sportelli/pagina/2/").status_code == 404
    response = client.get("/sportelli/pagina/1/")
    assert (response.status_code, response["Location"]) == (301, "/sportelli/")


def test_a_long_list_is_in_pages_with_the_help_numbers_on_each(seeded, client):
    added = 2 * DESKS_PER_PAGE - HelpDesk.objects.published().count() - 1
    add_desks(added)
    total = HelpDesk.objects.published().count()
    last = f"Sportello in più {added - 1:02d}"
    first = client.get("/sportelli/").content.decode()
    assert cards(first) == DESKS_PER_PAGE
    assert 'href="/sportelli/pagina/2/"' in first
    assert 'aria-current="page"' in first
    second = client.get("/sportelli/pagina/2/").content.decode()
    assert cards(second) == total - DESKS_PER_PAGE
    assert "<title>Sportelli antiviolenza – pagina 2 di 2" in second
    assert last in second and last not in first
    for html in (first, second):
        text = visible_text(html)
        assert "1522" in text and "366 9287198" in text  # 24 hours a day, on every page
    assert 'href="/sportelli/">' in second  # back to the first page
    assert client.get("/sportelli/pagina/3/").status_code == 404
    assert client.get("/en/sportelli/pagina/2/").status_code == 200
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/sportelli/pagina/2/" in sitemap and "/ar/sportelli/pagina/2/" in sitemap


def test_each_page_takes_as_many_queries_whatever_the_number_of_desks(seeded, client):
    def queries(path):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    before = queries("/sportelli/")
    add_desks(60)
    # Every added desk a public place on the map, too.
    HelpDesk.objects.filter(slug__startswith="sportello-in-piu").update(
        street_address="Via Roma 1", locality="Asti", latitude=44.9, longitude=8.2
    )
    html = client.get("/sportelli/").content.decode()
    assert html.count("sportello-in-piu-") > 60  # cards, and the map's places
    assert queries("/sportelli/") == before
    assert queries("/sportelli/pagina/3/") == before


@pytest.mark.parametrize("page", ["0", "99999999999999999999", "-1", "due", "2.0"])
def test_an_address_of_no_page_is_not_found(seeded, client, page):
    assert client.get(f"/sportelli/pagina/{page}/").status_code == 404
