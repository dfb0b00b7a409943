"""The pocket safety card (issue 18): for each comune, in the visitor's language, a PDF
she can print on A4 and cut into four A6 cards.

Page 1 holds the inside of the cards: 112 and 1522, the desk that serves her comune with
its phone and hours, the anti-violence centre that answers at any hour, and a QR code to
the comune's page, drawn here (nothing from a third party). Page 2, printed on the back
or not at all, is the outside: folded in half with the text inside, a card shows only
"Useful numbers" and the comune's name, never a word about violence. The outside reads
the same turned upside down, so it matches whichever edge the printer turns the sheet on.

WeasyPrint lays out an HTML template (right to left in Arabic, with the site's fonts);
it reads nothing but the site's own font files.
"""

import functools
from pathlib import Path

import segno
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from network.models import Municipality

TEMPLATE = "pocketcard/card.html"
# What a card has room for in every language, hours of every day included; the QR code
# leads to the rest.
LOCAL_DESKS_SHOWN = 1
CENTRES_SHOWN = 1
PHONES_SHOWN = 2
# The site's fonts, each for the characters it has (scripts/build-assets.mjs keeps a
# space in the Arabic file: Pango draws the space between two Arabic words with it).
FONTS = {
    "titillium": (
        "build/fonts/titillium-web-{weight}.woff2",
        "U+0000-024F, U+02B0-02FF, U+1E00-1EFF, U+2000-20CF",
    ),
    "cyrillic": ("build/fonts/noto-sans-cyrillic-{weight}.woff2", "U+0400-052F, U+A640-A69F"),
    "arabic": (
        "build/fonts/noto-sans-arabic-arabic-{weight}.woff2",
        "U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF",
    ),
}


@functools.cache
def _fonts():
    """[{family, weight, url, range}] for the fonts found among the static files
    (without one, the system's fonts draw its characters); looked for once a process."""
    fonts = []
    for family, (pattern, unicode_range) in FONTS.items():
        for weight in (400, 700):
            found = finders.find(pattern.format(weight=weight))
            if found:
                url = Path(found).resolve().as_uri()
                fonts.append(
                    {"family": family, "weight": weight, "url": url, "range": unicode_range}
                )
    return fonts


class _SiteFontsOnly(URLFetcher):
    """Reads the fonts above and data: URLs; nothing else, whatever the text of a desk
    or a setting holds (no request leaves the server, no file of the server is read)."""

    def __init__(self, fonts):
        super().__init__(allowed_protocols={"file", "data"})
        self._fonts = {font["url"] for font in fonts}

    def fetch(self, url, headers=None):
        if not (url.startswith("data:") or url in self._fonts):
            raise ValueError(f"the pocket card reads no other file: {url[:80]}")
        return super().fetch(url, headers)


def _qr_code(url):
    """The QR code of `url` as an SVG data URI, drawn here."""
    return segno.make(url, error="m").svg_data_uri(border=0, dark="#000", light=None)


def _weekly_hours(desk):
    """Each day the desk opens, with its times, in the order of the week."""
    days = {}
    for slot in desk.weekly_hours():
        times = f"{slot.opens:%H:%M}–{slot.closes:%H:%M}"
        days.setdefault(slot.get_weekday_display(), []).append(times)
    return [(day, ", ".join(times)) for day, times in days.items()]


def _card_desk(desk):
    return {
        "desk": desk,
        "phones": desk.phone_channels()[:PHONES_SHOWN],
        "place": desk.public_location(),
        "hours": _weekly_hours(desk),
    }


def card_context(request, municipality):
    local, _province, centres = municipality.help_nearby()
    # A confidential place is reached through the centres, never from a card.
    local = [desk for desk in local if not desk.is_confidential]
    page_url = request.build_absolute_uri(municipality.get_absolute_url())
    return {
        "municipality": municipality,
        "local_desks": [_card_desk(desk) for desk in local[:LOCAL_DESKS_SHOWN]],
        "more_local_desks": len(local) > LOCAL_DESKS_SHOWN,
        "centres": [
            (centre, centre.round_the_clock_phones()[:PHONES_SHOWN])
            for centre in centres[:CENTRES_SHOWN]
        ],
        "page_url": page_url,
        "page_address": page_url.split("://", 1)[-1],
        "qr_code": _qr_code(page_url),
        "fonts": _fonts(),
        "today": timezone.localdate(),
    }


@require_safe
def card_pdf(request, istat_code):
    if not (istat_code.isascii() and istat_code.isdigit() and len(istat_code) == 6):
        raise Http404
    if request.META.get("QUERY_STRING"):
        # Laying a card out takes the server a good part of a second: an address with a
        # query string, which nginx never keeps, is sent to the one it keeps.
        return HttpResponsePermanentRedirect(request.path)
    municipality = get_object_or_404(
        Municipality.objects.with_serving_body(), istat_code=istat_code
    )
    context = card_context(request, municipality)
    html = render_to_string(TEMPLATE, context, request=request)
    pdf = HTML(string=html, url_fetcher=_SiteFontsOnly(context["fonts"])).write_pdf(
        pdf_variant="pdf/ua-1", pdf_identifier=False
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"scheda-{municipality.istat_code}-{get_language()}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
