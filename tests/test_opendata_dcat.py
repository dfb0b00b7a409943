"""/dati/catalogo.jsonld (issue 18): the open-data catalogue in DCAT-AP_IT, read as RDF
with rdflib as the national portal's harvester would read it."""

import pytest
from django.utils import timezone
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD

from operations.models import ContentVersion

from .operations.wsgi import call, site_stack

URL = "/dati/catalogo.jsonld"
DCATAPIT = Namespace("http://dati.gov.it/onto/dcatapit#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
EU = "http://publications.europa.eu/resource/authority/"


def catalogue(client, **headers):
    response = client.get(URL, **headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    graph = Graph()
    graph.parse(data=response.content, format="json-ld")
    return graph


def one(graph, subject, predicate):
    values = list(graph.objects(subject, predicate))
    assert len(values) == 1, (subject, predicate, values)
    return values[0]


def test_the_catalogue_has_what_dcat_ap_it_requires(seeded, client, settings):
    settings.OPEN_DATA_PUBLISHER_ID = "p_test"
    graph = catalogue(client)
    (catalog,) = graph.subjects(RDF.type, DCATAPIT.Catalog)
    assert (catalog, RDF.type, DCAT.Catalog) in graph
    assert one(graph, catalog, DCTERMS.title).language == "it"
    assert one(graph, catalog, DCTERMS.description)
    assert one(graph, catalog, DCTERMS.modified).datatype == XSD.date
    publisher = one(graph, catalog, DCTERMS.publisher)
    assert (publisher, RDF.type, DCATAPIT.Agent) in graph
    assert one(graph, publisher, DCTERMS.identifier) == Literal("p_test")
    assert one(graph, publisher, FOAF.name) == Literal("Provincia di Asti", lang="it")
    datasets = list(graph.objects(catalog, DCAT.dataset))
    assert len(datasets) == 2
    for dataset in datasets:
        assert (dataset, RDF.type, DCATAPIT.Dataset) in graph
        assert str(one(graph, dataset, DCTERMS.identifier)).startswith("p_test:")
        for predicate in (DCTERMS.title, DCTERMS.description, DCTERMS.modified):
            assert one(graph, dataset, predicate)
        assert one(graph, dataset, DCAT.theme) == URIRef(f"{EU}data-theme/SOCI")
        assert one(graph, dataset, DCTERMS.rightsHolder) == publisher
        assert one(graph, dataset, DCTERMS.accrualPeriodicity) == URIRef(f"{EU}frequency/IRREG")
        contact = one(graph, dataset, DCAT.contactPoint)
        assert (contact, RDF.type, DCATAPIT.Organization) in graph
        assert one(graph, contact, VCARD.fn)
        for distribution in graph.objects(dataset, DCAT.distribution):
            assert (distribution, RDF.type, DCATAPIT.Distribution) in graph
            assert str(one(graph, distribution, DCTERMS.format)).startswith(f"{EU}file-type/")
            licence = one(graph, distribution, DCTERMS.license)
            assert (licence, RDF.type, DCATAPIT.LicenseDocument) in graph
            assert one(graph, licence, FOAF.name)
            # Every file the catalogue names is there.
            address = str(one(graph, distribution, DCAT.accessURL))
            assert address.startswith("http://testserver/dati/")
            assert client.get(address.removeprefix("http://testserver")).status_code == 200


def test_every_open_data_file_is_in_the_catalogue(seeded, client):
    graph = catalogue(client)
    listed = {
        str(url).removeprefix("http://testserver") for url in graph.objects(None, DCAT.accessURL)
    }
    assert listed == {
        "/dati/sportelli.json",
        "/dati/sportelli.csv",
        "/dati/sportelli.geojson",
        "/dati/comuni.csv",
    }


def test_without_the_ipa_code_the_publisher_has_only_its_name(seeded, client, settings):
    settings.OPEN_DATA_PUBLISHER_ID = ""
    graph = catalogue(client)
    (publisher,) = graph.subjects(RDF.type, DCATAPIT.Agent)
    assert list(graph.objects(publisher, DCTERMS.identifier)) == []
    assert {str(i) for i in graph.objects(None, DCTERMS.identifier)} == {
        "sportelli-antiviolenza",
        "comuni-servizi-sociali",
    }


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_catalogue_is_italian_whatever_the_visitor_s_language(seeded, client, language):
    graph = catalogue(client, HTTP_ACCEPT_LANGUAGE=language)
    assert {title.language for title in graph.objects(None, DCTERMS.title)} == {"it"}
    assert URIRef("http://testserver/dati/") in set(graph.objects(None, FOAF.homepage))


def test_the_catalogue_is_dated_by_the_last_change_not_by_today(seeded, settings):
    settings.PAGE_FRESH_SECONDS = 5
    app = site_stack()
    changed = timezone.now() - timezone.timedelta(days=40)
    ContentVersion.objects.update_or_create(pk=1, defaults={"token": "x", "changed_at": changed})
    graph = Graph()
    graph.parse(data=call(app, URL).body, format="json-ld")
    dates = {str(date) for date in graph.objects(None, DCTERMS.modified)}
    assert dates == {f"{timezone.localtime(changed):%Y-%m-%d}"}
