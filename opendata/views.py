"""The open-data files and the page that documents them (/dati/).

The files are the same in every language (Italian texts, stable column names), so they
live outside the language prefixes. Each is a public page like any other: nginx keeps
it, its ETag answers conditional requests (operations/freshness.py), and Last-Modified
says when the content last changed.
"""

import csv
import io
import json
import re

from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from operations.freshness import last_modified

from . import dcat, exports, hsds

FILES = {
    "catalogue": "catalogo.jsonld",
    "desks_json": "sportelli.json",
    "desks_csv": "sportelli.csv",
    "desks_geojson": "sportelli.geojson",
    "municipalities_csv": "comuni.csv",
    "closures_ics": "chiusure.ics",
}


def _origin(request):
    return f"{request.scheme}://{request.get_host()}"


def _answer(request, body, content_type, filename):
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"  # open data: any site may read it
    changed = last_modified(request)
    if changed is not None:
        response["Last-Modified"] = http_date(changed.timestamp())
    return response


# A spreadsheet runs a cell that starts like a formula. Text typed by editors (a name, a
# source) never should be: such a cell gets a leading apostrophe, OWASP's advice. Phone
# numbers ("+39 0141 399490") and dates keep their form.
FORMULA_START = re.compile(r"^(?:[=@\t\r]|[+-](?![0-9 ()./+-]*$))")


def _cell(value):
    text = str(value)
    return "'" + text if FORMULA_START.match(text) else text


def _csv(rows, columns):
    # With a byte-order mark, LibreOffice and Excel open it as UTF-8 without asking.
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({name: _cell(value) for name, value in row.items()} for row in rows)
    return "\ufeff" + text.getvalue()


@require_safe
def desks_csv(request):
    rows = exports.desk_rows(_origin(request))
    body = _csv(rows, exports.DESK_COLUMNS)
    return _answer(request, body, "text/csv; charset=utf-8", FILES["desks_csv"])


@require_safe
def municipalities_csv(request):
    rows = exports.municipality_rows()
    body = _csv(rows, exports.MUNICIPALITY_COLUMNS)
    return _answer(request, body, "text/csv; charset=utf-8", FILES["municipalities_csv"])


def _json(request, document, content_type, file):
    body = json.dumps(document, ensure_ascii=False, indent=1)
    return _answer(request, body, content_type, FILES[file])


@require_safe
def desks_json(request):
    services = hsds.services(_origin(request))
    return _json(request, services, "application/json; charset=utf-8", "desks_json")


@require_safe
def catalogue(request):
    # When the content last changed (not today's date, which Last-Modified may give).
    changed = getattr(request, "content_changed_at", None) or timezone.now()
    with translation.override("it"):
        document = dcat.catalogue(_origin(request), timezone.localdate(changed))
    return _json(request, document, "application/ld+json; charset=utf-8", "catalogue")


@require_safe
def desks_geojson(request):
    features = exports.desk_features(_origin(request))
    return _json(request, features, "application/geo+json", "desks_geojson")


@require_safe
def closures_ics(request):
    changed = getattr(request, "content_changed_at", None)
    body = exports.closures_calendar(_origin(request), changed)
    return _answer(request, body, "text/calendar; charset=utf-8", FILES["closures_ics"])


class OpenDataView(TemplateView):
    template_name = "opendata/index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["licence_url"] = exports.LICENCE_URL
        context["licence_name"] = exports.LICENCE_NAME
        return context
