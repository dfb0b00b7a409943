"""Site search: in the visitor's language, on SQLite and PostgreSQL alike."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.search import clean_query

from ..helpers import count_tags, visible_text


def results(client, query, prefix=""):
    response = client.get(f"{prefix}/cerca/", {"q": query})
    assert response.status_code == 200
    return response, visible_text(response.content.decode())


def test_finds_a_comune_by_part_of_its_name_and_links_to_its_desks(seeded, client):
    response, text = results(client, "Canel")
    assert "Canelli" in text and "Comune" in text
    assert 'href="/sportelli/comune/005017/"' in response.content.decode()


def test_finds_desks_and_members_and_says_what_each_hit_is(seeded, client):
    _response, text = results(client, "Croce Rossa")
    assert "Sportello" in text or "Centro antiviolenza" in text
    assert "Ente della rete" in text


def test_searches_the_visitors_language(seeded, client):
    _response, text = results(client, "psychological", prefix="/en")
    assert "anti-violence" in text
    _response, text = results(client, "Equal Opportunities", prefix="/en")
    assert "Page" in text


def test_finds_acts_by_number(seeded, client):
    response, _text = results(client, "231")
    assert 'href="/atti/2010/approvazione-protocollo-intesa-violenza-donne/"' in (
        response.content.decode()
    )


@pytest.mark.parametrize(
    "query", ["", "   ", "%%%", "<script>alert(1)</script>", "x" * 5000, "' OR 1=1 --", "\x00"]
)
def test_empty_or_absurd_queries_get_a_helpful_page(seeded, client, query):
    response, text = results(client, query)
    html = response.content.decode()
    assert count_tags(html, "h1") == 1
    assert "<script>alert" not in html
    assert 'href="tel:1522"' in html
    assert "Trova lo sportello" in text


def test_nothing_found_says_so(seeded, client):
    _response, text = results(client, "zzzqqqxxx")
    assert "Nessun risultato" in text


def test_queries_do_not_grow_with_the_number_of_hits(seeded, client):
    with CaptureQueriesContext(connection) as few:
        results(client, "Canelli")
    with CaptureQueriesContext(connection) as many:
        response, _text = results(client, "a")
    assert len(many) == len(few)
    # Hits of every kind, each row read with only what a hit shows: no field of it is
    # read again, in Italian or in a language that falls back to it.
    for kind in ("Sportello", "Comune", "Pagina", "Ente della rete", "Protocollo", "Atto"):
        assert f'<p class="meta">{kind}</p>' in response.content.decode(), kind
    with CaptureQueriesContext(connection) as other_language:
        results(client, "a", prefix="/sq")
    assert len(other_language) == len(few)


def test_clean_query():
    assert clean_query("  sportello   asti ") == "sportello asti"
    assert clean_query("!!!") == ""
    assert len(clean_query("a" * 500)) == 100


def test_a_page_is_found_by_its_body_words_as_soon_as_it_is_saved(seeded, client):
    from pages.models import Page

    page = Page.objects.get(slug="privacy")
    page.body_it = "<p>Gli orari dello sportello cambiano con il calendario scolastico.</p>"
    page.save()
    # Stemming on PostgreSQL ("scolastici" finds "scolastico"), substrings on SQLite.
    query = "calendario scolastici" if connection.vendor == "postgresql" else "scolastic"
    response, text = results(client, query)
    assert page.title_it in text
    assert f'href="{page.get_absolute_url()}"' in response.content.decode()

    # A bulk update (no save(), no signal) is found too, in English as well.
    Page.objects.filter(pk=page.pk).update(body_en="<p>Notes about the zebrafish tank.</p>")
    _response, text = results(client, "zebrafish", prefix="/en")
    assert page.title_en in text
    _response, text = results(client, "calendario")
    assert page.title_it in text
    _response, text = results(client, "scolastico")
    assert page.title_it in text


@pytest.mark.skipif(connection.vendor != "postgresql", reason="documents stored on PostgreSQL")
def test_on_postgresql_pages_carry_their_search_documents(seeded):
    from pages.models import Page
    from pages.search import STORED_DOCUMENTS

    with connection.cursor() as cursor:
        for model in STORED_DOCUMENTS:
            table = model._meta.db_table
            cursor.execute(f"SELECT count(*) FROM {table}")
            assert cursor.fetchone()[0] > 0, table
            for language in STORED_DOCUMENTS[model]:
                cursor.execute(f"SELECT count(*) FROM {table} WHERE search_{language} IS NULL")
                assert cursor.fetchone()[0] == 0, (table, language)
    page = Page.objects.get(slug="privacy")
    Page.objects.filter(pk=page.pk).update(summary_it="Parola unica: ornitorinco.")
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_it::text FROM pages_page WHERE id = %s", [page.pk])
        assert "ornitorinc" in cursor.fetchone()[0]


def test_stored_documents_are_made_of_the_columns_search_reads():
    # The triggers (migrations 0005, then 0009 for nine languages) write each language's
    # document from these columns; a renamed or added translated field must change both.
    import importlib

    from pages.search import POSTGRES_CONFIGS, SOURCES, STORED_DOCUMENTS, columns

    latest = importlib.import_module("pages.migrations.0009_search_documents_nine_languages")
    sources = {source.queryset.__self__.model: source for source in SOURCES}
    assert {model._meta.db_table for model in STORED_DOCUMENTS} == set(latest.FIELDS)
    for model, languages in STORED_DOCUMENTS.items():
        assert set(latest.CONFIGS) == languages == {code for code, _name in settings.LANGUAGES}
        for language in languages:
            config = latest.CONFIGS[language]
            stored_columns = latest._columns(latest.FIELDS[model._meta.db_table], language)
            assert config == POSTGRES_CONFIGS.get(language, "simple")
            expected = [
                column
                for field in sources[model].fields
                for column in columns(model, field, language)
            ]
            assert stored_columns == expected, (model, language)


def test_a_desk_is_found_by_its_new_description_at_once(seeded, client):
    from network.models import HelpDesk

    desk = HelpDesk.objects.published().order_by("pk").first()
    HelpDesk.objects.filter(pk=desk.pk).update(
        description_it="Accoglienza anche per le donne con figli minorenni."
    )
    response, text = results(client, "minorenni")
    assert desk.name in text
    assert f'href="{desk.get_absolute_url()}"' in response.content.decode()


def test_a_word_found_in_many_pages_shows_the_first_and_says_to_add_a_word(seeded, client):
    from pages.models import Page
    from pages.search import MAX_RESULTS_PER_KIND

    model = Page.objects.get(slug="privacy")
    for number in range(MAX_RESULTS_PER_KIND + 1):
        page = Page.objects.get(pk=model.pk)
        page.pk, page.slug, page.title_it = None, f"zebra-{number}", f"Zebra numero {number}"
        page.save()
    response, text = results(client, "Zebra")
    html = response.content.decode()
    assert html.count('<p class="meta">Pagina</p>') == MAX_RESULTS_PER_KIND
    assert "Molti risultati per «Zebra»: ecco i primi di ogni tipo." in text
    assert "risultati per «Zebra»." not in text

    # As many as are shown: all of them, and how many.
    Page.objects.filter(slug="zebra-0").delete()
    response, text = results(client, "Zebra")
    assert response.content.decode().count('<p class="meta">Pagina</p>') == MAX_RESULTS_PER_KIND
    assert f"{MAX_RESULTS_PER_KIND} risultati per «Zebra»." in text
    assert "Molti risultati" not in text
