"""The open-data catalogue in DCAT-AP_IT (`/dati/catalogo.jsonld`), the profile the
Italian portal dati.gov.it harvests: the catalogue, its two datasets (the help desks; the
comuni and who serves them) and their files, with the licence, the theme, the language
and how often they change, in JSON-LD.

The publisher is the Provincia, named by its code in IndicePA (settings
OPEN_DATA_PUBLISHER_ID, from the environment): the portal registers a publisher under
that code, which no source of this site gives. Without it the catalogue says the
publisher's name only, and the portal cannot harvest it.
"""

from django.conf import settings
from django.urls import reverse

from .exports import LICENCE_NAME

EU = "http://publications.europa.eu/resource/authority/"
IANA = "http://www.iana.org/assignments/media-types/"
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "dcatapit": "http://dati.gov.it/onto/dcatapit#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
LICENCE_DOCUMENT = "https://creativecommons.org/licenses/by/4.0/"
SERVICE = "Servizio Pari Opportunità – Provincia di Asti"

# (slug, title, description, keywords, [(file's URL name, EU file type, media type)])
DATASETS = [
    (
        "sportelli-antiviolenza",
        "Sportelli e centri antiviolenza della provincia di Asti",
        "Gli sportelli e i centri antiviolenza della rete provinciale di Asti: chi li "
        "gestisce, indirizzo, telefoni, e-mail, orari e loro variazioni, lingue, servizi e "
        "comuni serviti. I luoghi riservati compaiono solo come tali, con i numeri che li "
        "raggiungono 24 ore su 24, senza indirizzo.",
        ["violenza di genere", "antiviolenza", "servizi sociali", "pari opportunità"],
        [
            ("desks-json", "JSON", "application/json"),
            ("desks-csv", "CSV", "text/csv"),
            ("desks-geojson", "GEOJSON", "application/geo+json"),
        ],
    ),
    (
        "comuni-servizi-sociali",
        "Comuni della provincia di Asti e servizi sociali che li servono",
        "I 117 comuni della provincia di Asti con il codice ISTAT, l'ente gestore dei "
        "servizi sociali che serve ciascuno, i suoi sportelli antiviolenza e la fonte.",
        ["comuni", "servizi sociali", "enti gestori", "antiviolenza"],
        [("municipalities-csv", "CSV", "text/csv")],
    ),
]


def _text(value):
    return {"@value": value, "@language": "it"}


def _date(value):
    return {"@value": f"{value:%Y-%m-%d}", "@type": "xsd:date"}


def _agent(origin):
    agent = {
        "@id": f"{origin}/dati/#editore",
        "@type": ["foaf:Agent", "dcatapit:Agent"],
        "foaf:name": _text(settings.OPEN_DATA_PUBLISHER_NAME),
    }
    if settings.OPEN_DATA_PUBLISHER_ID:
        agent["dct:identifier"] = settings.OPEN_DATA_PUBLISHER_ID
    return agent


def _identifier(slug):
    code = settings.OPEN_DATA_PUBLISHER_ID
    return f"{code}:{slug}" if code else slug


def catalogue(origin, modified):
    """The catalogue as a JSON-LD document (a dict); `modified`: the date the content
    last changed."""
    page = origin + reverse("opendata:index")
    publisher = _agent(origin)
    agent = {"@id": publisher["@id"]}
    licence = {
        "@id": LICENCE_DOCUMENT,
        "@type": ["dct:LicenseDocument", "dcatapit:LicenseDocument"],
        "dct:type": {"@id": "http://purl.org/adms/licencetype/Attribution"},
        "foaf:name": LICENCE_NAME,
    }
    contact = {
        "@id": f"{origin}/dati/#contatti",
        "@type": ["vcard:Organization", "dcatapit:Organization"],
        "vcard:fn": SERVICE,
        "vcard:hasURL": {"@id": page},
    }
    datasets = []
    for slug, title, description, keywords, files in DATASETS:
        datasets.append(
            {
                "@id": f"{origin}/dati/#{slug}",
                "@type": ["dcat:Dataset", "dcatapit:Dataset"],
                "dct:identifier": _identifier(slug),
                "dct:title": _text(title),
                "dct:description": _text(description),
                "dct:modified": _date(modified),
                "dcat:theme": {"@id": f"{EU}data-theme/SOCI"},
                "dct:publisher": agent,
                "dct:rightsHolder": agent,
                "dct:accrualPeriodicity": {"@id": f"{EU}frequency/IRREG"},
                "dct:language": {"@id": f"{EU}language/ITA"},
                "dcat:landingPage": {"@id": page},
                "dcat:contactPoint": {"@id": contact["@id"]},
                "dcat:keyword": [_text(keyword) for keyword in keywords],
                "dcat:distribution": [
                    {
                        "@id": f"{origin}/dati/#{slug}-{file_type.lower()}",
                        "@type": ["dcat:Distribution", "dcatapit:Distribution"],
                        "dct:title": _text(f"{title} ({file_type})"),
                        "dct:format": {"@id": f"{EU}file-type/{file_type}"},
                        "dcat:mediaType": {"@id": f"{IANA}{media_type}"},
                        "dcat:accessURL": {"@id": origin + reverse(f"opendata-files:{name}")},
                        "dcat:downloadURL": {"@id": origin + reverse(f"opendata-files:{name}")},
                        "dct:license": {"@id": LICENCE_DOCUMENT},
                    }
                    for name, file_type, media_type in files
                ],
            }
        )
    return {
        "@context": CONTEXT,
        "@graph": [
            {
                "@id": origin + reverse("opendata-files:catalogue"),
                "@type": ["dcat:Catalog", "dcatapit:Catalog"],
                "dct:title": _text(
                    "Dati aperti del Servizio Pari Opportunità della Provincia di Asti"
                ),
                "dct:description": _text(
                    "La rete antiviolenza della provincia di Asti come dati aperti: sportelli, "
                    "centri antiviolenza e comuni che servono, con licenza CC BY 4.0."
                ),
                "dct:publisher": agent,
                "dct:modified": _date(modified),
                "dct:language": {"@id": f"{EU}language/ITA"},
                "foaf:homepage": {"@id": page},
                "dcat:themeTaxonomy": {"@id": f"{EU}data-theme"},
                "dcat:dataset": [{"@id": dataset["@id"]} for dataset in datasets],
            },
            publisher,
            contact,
            licence,
            *datasets,
        ],
    }
