"""Which protocol is in force (issue 18): the Prefettura di Asti's protocol of 20 November
2018 updates the 2010 one; each page says so, and /rete/protocollo/ leads to the one in
force."""

import pytest
from django.core.exceptions import ValidationError

from network.models import Protocol

from ..helpers import visible_text

EARLIER = "protocollo-intesa-violenza-donne"
LATER = "protocollo-prefettura-rete-antiviolenza-2018"


def text_of(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return visible_text(response.content.decode())


def test_the_protocol_in_force_is_the_prefettura_s_of_2018(seeded, client):
    later = Protocol.objects.get(slug=LATER)
    assert Protocol.objects.current() == later
    response = client.get("/rete/protocollo/")
    assert response.status_code == 302 and response["Location"] == later.get_absolute_url()
    text = text_of(client, later.get_absolute_url())
    assert "Il 20 novembre 2018 la Prefettura di Asti e altri 22 firmatari" in text
    assert "Questo è il protocollo in vigore. Aggiorna un protocollo precedente:" in text
    assert "Protocollo d’intesa per la promozione di strategie condivise" in text
    assert "Fonte: atnews.it, 2018" in text
    # Nothing is invented: no text, no list of signatories; where to ask instead.
    assert "Puoi chiederne una copia al Servizio Pari Opportunità" in text
    assert "Gli enti della rete" not in text


def test_the_2010_protocol_says_it_was_updated(seeded, client):
    earlier = Protocol.objects.get(slug=EARLIER)
    later = Protocol.objects.get(slug=LATER)
    html = client.get(earlier.get_absolute_url()).content.decode()
    assert "Questo protocollo è stato aggiornato da uno successivo, ora in vigore:" in html
    assert f'href="{later.get_absolute_url()}"' in html
    # Its history stays: the acts and the bodies of the network.
    assert "n. 231 del 10/09/2010" in visible_text(html)
    # The network page keeps the objectives and says which protocol is in force.
    html = client.get("/rete/").content.decode()
    assert "Analisi e monitoraggio del fenomeno" in html
    assert f'href="{later.get_absolute_url()}"' in html


def test_in_english_too(seeded, client):
    later = Protocol.objects.get(slug=LATER)
    text = text_of(client, "/en" + later.get_absolute_url())
    assert "the Prefettura di Asti and 22 other signatories" in text
    assert "Source: atnews.it, 2018" in text


def test_an_unpublished_update_changes_nothing(seeded, client):
    earlier = Protocol.objects.get(slug=EARLIER)
    Protocol.objects.filter(slug=LATER).update(published=False)
    assert Protocol.objects.current() == earlier
    assert client.get("/rete/protocollo/")["Location"] == earlier.get_absolute_url()
    html = client.get(earlier.get_absolute_url()).content.decode()
    assert "protocol-version" not in html
    assert "protocol-version" not in client.get("/rete/").content.decode()


def test_a_protocol_cannot_update_itself_or_the_one_that_updates_it(seeded):
    earlier = Protocol.objects.get(slug=EARLIER)
    earlier.updates = earlier
    with pytest.raises(ValidationError) as refused:
        earlier.full_clean()
    assert refused.value.message_dict["updates"] == ["Un protocollo non può aggiornare sé stesso."]
    earlier.updates = Protocol.objects.get(slug=LATER)
    with pytest.raises(ValidationError) as refused:
        earlier.full_clean()
    assert "aggiorna già questo" in refused.value.message_dict["updates"][0]


def test_the_seed_adds_the_later_protocol_once(seeded):
    from django.core.management import call_command

    call_command("seed_content", verbosity=0)
    assert Protocol.objects.filter(slug=LATER).count() == 1
    assert Protocol.objects.get(slug=LATER).updates.slug == EARLIER


def _protocol(slug, updates, order):
    return Protocol.objects.create(
        title_it=f"Protocollo {slug}", slug=slug, updates=updates, order=order
    )


def test_a_chain_of_updates_names_the_protocol_in_force_only_where_it_is(seeded, client):
    earlier = Protocol.objects.get(slug=EARLIER)
    middle = Protocol.objects.get(slug=LATER)
    latest = _protocol("protocollo-2030", middle, 30)
    assert Protocol.objects.current() == latest
    html = client.get(earlier.get_absolute_url()).content.decode()
    assert "Questo protocollo è stato aggiornato da uno successivo:" in html
    assert "ora in vigore" not in html
    html = client.get(middle.get_absolute_url()).content.decode()
    assert "aggiornato da uno successivo, ora in vigore:" in html
    assert f'href="{latest.get_absolute_url()}"' in html
    html = client.get(latest.get_absolute_url()).content.decode()
    assert "Questo è il protocollo in vigore. Aggiorna un protocollo precedente:" in html
    # Two updating the same one: only the one in force says so.
    rival = _protocol("protocollo-rivale", middle, 40)
    html = client.get(rival.get_absolute_url()).content.decode()
    assert "Questo protocollo aggiorna uno precedente:" in html
    assert "in vigore" not in visible_text(html)


def test_no_chain_of_updates_can_come_back_to_where_it_started(seeded):
    earlier = Protocol.objects.get(slug=EARLIER)
    latest = _protocol("protocollo-2030", Protocol.objects.get(slug=LATER), 30)
    earlier.updates = latest  # 2010 → 2030 → 2018 → 2010
    with pytest.raises(ValidationError) as refused:
        earlier.full_clean()
    assert "aggiorna già questo" in refused.value.message_dict["updates"][0]


def test_the_adherents_are_links_with_their_names_escaped_and_in_italian_when_untranslated(
    seeded, client
):
    from network.models import Organisation

    earlier = Protocol.objects.get(slug=EARLIER)
    body = Organisation.objects.create(
        name_it="<b>Ente</b> & figli", slug="ente-e-figli", kind=Organisation.Kind.THIRD_SECTOR
    )
    body.protocols.add(earlier)
    for path in (earlier.get_absolute_url(), "/rete/"):
        html = client.get(path).content.decode()
        assert (
            '<li><a href="/rete/membri/ente-e-figli/">&lt;b&gt;Ente&lt;/b&gt; &amp; figli</a>'
            in html
        )
        english = client.get("/en" + path).content.decode()
        # Shown in Italian in English: marked so for a screen reader.
        assert 'href="/en/rete/membri/ente-e-figli/" lang="it">&lt;b&gt;Ente' in english


def test_the_protocol_page_asks_the_database_as_often_however_many_adherents_and_acts(
    seeded, client
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from network.models import Organisation
    from pages.models import Deliberation

    earlier = Protocol.objects.get(slug=EARLIER)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(earlier.get_absolute_url()).status_code == 200
        return len(captured)

    before = queries()
    act = Deliberation.objects.filter(protocol=earlier).first()
    for number in range(30):
        body = Organisation.objects.create(
            name_it=f"Ente aderente {number}",
            slug=f"ente-aderente-{number}",
            kind=Organisation.Kind.THIRD_SECTOR,
        )
        body.protocols.add(earlier)
        copy = Deliberation.objects.get(pk=act.pk)
        copy.pk, copy.slug, copy.number = None, f"atto-in-piu-{number}", f"9{number:03d}"
        copy.save()
    html = client.get(earlier.get_absolute_url()).content.decode()
    assert "Ente aderente 29" in html and "atto-in-piu-29" in html
    assert queries() == before
