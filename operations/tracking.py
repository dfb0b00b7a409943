"""Tracking parameters are dropped from a request's address before anything reads it.

Social networks, newsletters and ad platforms add parameters to every link they carry
(`?fbclid=…`, `?utm_source=…&utm_campaign=…`): a campaign on 25 November brings thousands
of visitors to the same page, each with a different value. The site uses none of them, and
a visitor gains nothing from them: kept, they would

- make every such visit miss the page cache (a page with a query string is never kept),
  so that a campaign's spike is rendered by Django request by request;
- be carried on by the language switcher, which keeps the query string (a search's words),
  and so stay in the address bar and in the browser's history of a visitor who may not
  want anyone to see that she came from a social network or a newsletter.

`DropTrackingParameters` removes them from `QUERY_STRING` and leaves every other parameter
as it came, in its order and its encoding. With nothing left the request is the plain page.
The admin's addresses are left alone: its filters are the staff's own query strings.
"""

from django.conf import settings

# Parameters that identify a click, a campaign or a sharer, never the page asked for.
# Prefixes only where no field lookup of the admin could start so (`pk__in` could).
TRACKING_PREFIXES = ("utm_", "mtm_", "hsa_")
TRACKING_NAMES = frozenset(
    {
        "pk_campaign",  # Matomo (Web Analytics Italia), older names
        "pk_kwd",
        "pk_keyword",
        "pk_source",
        "pk_medium",
        "pk_content",
        "pk_cid",
        "fbclid",  # Facebook, Instagram
        "igshid",  # Instagram
        "igsh",
        "gclid",  # Google Ads
        "gclsrc",
        "gbraid",
        "wbraid",
        "dclid",
        "_ga",  # Google Analytics cross-domain
        "_gl",
        "msclkid",  # Microsoft Ads
        "twclid",  # X / Twitter
        "ttclid",  # TikTok
        "li_fat_id",  # LinkedIn
        "yclid",  # Yandex
        "mc_cid",  # Mailchimp
        "mc_eid",
        "mkt_tok",  # Marketo
        "_hsenc",  # HubSpot
        "_hsmi",
        "srsltid",  # Google Merchant
        "wt_mc",  # Webtrekk
    }
)


def is_admin(environ):
    """A request for the admin's pages (at ADMIN_URL)."""
    return environ.get("PATH_INFO", "").startswith("/" + settings.ADMIN_URL)


def is_tracking(name):
    name = name.lower()
    return name in TRACKING_NAMES or name.startswith(TRACKING_PREFIXES)


def without_tracking(query_string):
    """`query_string` without its tracking parameters (the others untouched)."""
    kept = [
        part for part in query_string.split("&") if part and not is_tracking(part.partition("=")[0])
    ]
    return "&".join(kept)


class DropTrackingParameters:
    """The WSGI layer that removes tracking parameters from the query string of every
    request but the admin's."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        query_string = environ.get("QUERY_STRING")
        if query_string and not is_admin(environ):
            environ["QUERY_STRING"] = without_tracking(query_string)
        return self.app(environ, start_response)
