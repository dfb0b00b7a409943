"""Parts of pages kept in each process's memory for one content version.

The page cache answers most visits with the whole page. Those it cannot answer are rendered
by Django: a link with a query string that means something to the site (tracking
parameters such as `?fbclid=…` are removed first, operations/tracking.py), a search, a
staff member's visit, the first visit to each page after an edit. Much of such a page is
the same on every page of a language: the quick exit, the help numbers, the header and
menu, the footer, the rating form, the comuni of the finder, a desk's card. `{% fragment %}`
(operations/templatetags/fragments.py) and `remember()` keep such a part once rendered (or
a value once read from the database), keyed by

- the content version that the page cache read before Django ran, passed in the WSGI
  environ (`pagecache.VERSION_ENVIRON_KEY`): an edit in the admin starts a new version,
  so nothing rendered before an edit is used after it (the version is read before any
  row of the request, as for the page cache itself);
- the language, the script prefix, and the values that the template names (the current
  menu item, a desk's primary key);
- time: a part that says "open now" records when that stops being true
  (`pagecache.limit_page_lifetime`), the page that shows it is told again when the part
  comes from memory, and every part is rendered again after local midnight and after
  PAGE_CACHE_SECONDS at most, as whole pages are (the bound when an edit could not be
  announced because the cache did not answer: the editor is told so).

Without a version nothing is kept and every part is rendered: requests that did not come
through the page cache (`make run`, Django's test client, management commands), and while
the cache that holds the version cannot be reached, as the page memory does
(operations/nearcache.py). The parts are kept in the `fragments` cache, the local memory of
each process (never Redis: a network round trip would cost what rendering costs).
"""

import functools
import hashlib

from django.core.cache import caches
from django.urls import get_script_prefix
from django.utils import timezone
from django.utils.translation import get_language

from .pagecache import VERSION_ENVIRON_KEY, latest_validity, limit_page_lifetime

CACHE_ALIAS = "fragments"


def version_of(request):
    """The content version the page cache read for `request`, or None."""
    meta = getattr(request, "META", None)
    return meta.get(VERSION_ENVIRON_KEY) if meta is not None else None


def _key(version, name, vary_on):
    parts = [version, get_language() or "", get_script_prefix(), name]
    parts += [str(value) for value in vary_on]
    digest = hashlib.sha1("\x1f".join(parts).encode(), usedforsecurity=False).hexdigest()
    return f"fragment:{name}:{digest}"


def later(function):
    """A context value read from the database only if the template uses it, not when the
    part of the page that shows it comes from memory. The template calls it; the first
    answer is kept for the rest of the page."""
    return functools.cache(function)


def keep_nothing(request):
    """Keep nothing rendered for `request`: it was made from something less than the
    content (the defaults shown while the database does not answer)."""
    if request is not None:
        request.keep_no_fragments = True


def remember(request, name, vary_on, produce, keep=None, alias=CACHE_ALIAS):
    """`produce()`, or what it returned for the same name, values and content version.

    What `produce()` says about the page's lifetime (`limit_page_lifetime`) is recorded with
    the value and told to `request` again each time the value is used. Nothing is kept
    when `keep(value)` is false or once `keep_nothing(request)` was called. `alias`: another
    cache of this process's memory, for values that need their own bound.
    """
    version = version_of(request)
    if version is None or getattr(request, "keep_no_fragments", False):
        return produce()
    store = caches[alias]
    key = _key(version, name, vary_on)
    now = timezone.now()
    kept = store.get(key)
    if kept is not None:
        value, until = kept
        if now < until:
            limit_page_lifetime(request, until)
            return value

    outer = getattr(request, "page_valid_until", None)
    request.page_valid_until = None
    try:
        value = produce()
        until = request.page_valid_until
    finally:
        request.page_valid_until = outer
    latest = latest_validity(now)
    until = min(until, latest) if until is not None else latest
    limit_page_lifetime(request, until)
    if getattr(request, "keep_no_fragments", False) or (keep is not None and not keep(value)):
        return value
    seconds = (until - now).total_seconds()
    if seconds > 1:
        store.set(key, (value, until), timeout=seconds)
    return value
