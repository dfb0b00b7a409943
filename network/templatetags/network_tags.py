import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from operations.pagecache import limit_page_lifetime

register = template.Library()

# Languages that capitalise day and month names inside a sentence.
CAPITALISED_DATE_NAMES = {"en", "de"}


@register.filter
def inline_date(value, fmt="j E Y"):
    """A date as it reads inside a sentence: "1 dicembre 2026", "1 December 2026".

    Django's Italian catalogue capitalises day and month names ("Dicembre"), which is
    right at the start of a label but wrong mid-sentence.
    """
    if not value:
        return ""
    text = date_format(value, fmt)
    language = (get_language() or "").split("-")[0]
    return text if language in CAPITALISED_DATE_NAMES else text.lower()


@register.inclusion_tag("includes/opening_status.html", takes_context=True)
def opening_status(context, desk, now=None):
    """Open now / closes at … / opens on …, in Rome time, for a desk with prefetched hours.

    The page cache is told when this stops being true, so that it never serves it later.
    """
    now = timezone.localtime(now)
    status = desk.opening_status(now)
    if status:
        limit_page_lifetime(context.get("request"), status.closes_at or status.next_opening)
    relative = None
    if status and status.next_opening:
        days = (status.next_opening.date() - now.date()).days
        relative = {0: "today", 1: "tomorrow"}.get(days)
    return {
        "status": status,
        "relative": relative,
        "answers_24h": any(channel.available_24h for channel in desk.channels.all()),
    }


# What json_script escapes, so that the data can never close its <script> element.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def structured_data(data):
    """A schema.org JSON-LD block (a data block: no script runs, so the CSP allows it)."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.inclusion_tag("includes/picture.html")
def picture(image, alt, css_class="", sizes="100vw"):
    """An uploaded image with its WebP renditions (network.uploads) and its size.

    ``sizes`` tells the browser how wide the image is shown, so that it downloads the
    smallest rendition that is sharp enough.
    """
    dimensions = getattr(image, "dimensions", None)
    return {
        "src": image.url,
        "alt": alt,
        "css_class": css_class,
        "sizes": sizes,
        "srcset": image.srcset() if hasattr(image, "srcset") else "",
        "width": dimensions[0] if dimensions else None,
        "height": dimensions[1] if dimensions else None,
    }


@register.simple_tag
def municipality_options(choices):
    """The finder's <option> for each (ISTAT code, name): one pass, not a template loop
    over 117 rows on the home page and the desk list."""
    return format_html_join("", '<option value="{}">{}</option>', choices)
