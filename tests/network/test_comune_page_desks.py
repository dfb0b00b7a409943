"""A comune's page shows the first desks of its body as cards and lists the others by
name and number under them: short to read and quick to render however many desks the
body runs (issue 16)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.views import LOCAL_CARDS

from ..helpers import visible_text
from .test_desk_list_pages import add_desks, cards

ASTI = "/sportelli/comune/005005/"  # served by the Comune di Asti, whose desk add_desks copies


def test_a_body_with_few_desks_shows_each_as_a_card(seeded, client):
    from network.models import Municipality

    local, province = Municipality.objects.get(istat_code="005005").serving_desks()
    html = client.get(ASTI).content.decode()
    assert cards(html) == len(local) + len(province)
    assert "Spazio Anna C." in html
    assert "Altri sportelli gestiti da" not in html
    assert 'class="more-desks"' not in html


def test_a_body_with_many_desks_shows_the_first_as_cards_and_lists_the_others(seeded, client):
    province_cards = cards(client.get(ASTI).content.decode()) - 1
    add_desks(LOCAL_CARDS + 2)
    html = client.get(ASTI).content.decode()
    assert cards(html) == LOCAL_CARDS + province_cards
    listed = html.split('class="more-desks"', 1)[1].split("</ul>", 1)[0]
    # The body's own desk and the first added ones are cards; the last three, a list.
    for number in range(LOCAL_CARDS - 1):
        assert f"Sportello in più {number:02d}" not in listed
    for number in range(LOCAL_CARDS - 1, LOCAL_CARDS + 2):
        assert f"Sportello in più {number:02d}" in listed
        assert f'href="/sportelli/sportello-in-piu-{number}/"' in listed
        assert f'href="tel:01411000{number:02d}"' in listed  # a tap calls it
    assert "Altri sportelli gestiti dall'ente Comune di Asti" in visible_text(html)
    english = client.get("/en" + ASTI).content.decode()
    assert "Other help desks run by" in visible_text(english)


def test_the_page_asks_the_database_as_often_however_many_desks(seeded, client):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(ASTI).status_code == 200
        return len(captured)

    few = queries()
    add_desks(3 * LOCAL_CARDS)
    assert queries() == few


def test_the_body_s_name_shown_in_italian_is_marked_so_inside_translated_sentences(seeded, client):
    from network.models import Organisation

    Organisation.objects.filter(slug="comune-di-asti").update(
        name_it="Comune di <Asti>", name_en=""
    )
    add_desks(LOCAL_CARDS)
    english = client.get("/en" + ASTI).content.decode()
    marked = '<span lang="it">Comune di &lt;Asti&gt;</span>'
    assert f"The social services of Asti are run by {marked}." in english
    assert f"Other help desks run by {marked}</h3>" in english
    italian = client.get(ASTI).content.decode()
    assert "gestiti dall'ente Comune di &lt;Asti&gt;</h3>" in italian
    assert '<span lang="it">Comune di' not in italian
