from django.urls import path

from . import views

app_name = "opendata"

# The files: one address each, the same in every language.
files = [
    path("dati/catalogo.jsonld", views.catalogue, name="catalogue"),
    path("dati/sportelli.json", views.desks_json, name="desks-json"),
    path("dati/sportelli.csv", views.desks_csv, name="desks-csv"),
    path("dati/sportelli.geojson", views.desks_geojson, name="desks-geojson"),
    path("dati/comuni.csv", views.municipalities_csv, name="municipalities-csv"),
    path("sportelli/chiusure.ics", views.closures_ics, name="closures-ics"),
]

# The page that documents them, in each language.
pages = [path("dati/", views.OpenDataView.as_view(), name="index")]
