"""The page cache: whole public pages, stored already compressed, answered before Django runs.

Every anonymous visitor sees the same page at a given URL, so a page is rendered once and
kept in Django's cache (Redis when `REDIS_URL` is set, shared by every app server; local
memory otherwise). Two layers:

- `PageCachePolicyMiddleware`, inside Django, decides whether a response may be kept and
  for how long, and says so in an internal header that never leaves the server.
- `PageCache`, a WSGI layer outside Django, answers from the cache with one cache round
  trip (the content version and the page together) and no Django code at all; on a miss it
  lets Django render, stores the page in Brotli, gzip and plain form, and answers. It also
  tells Django the content version it read (`VERSION_ENVIRON_KEY`), also for the pages it
  does not keep, so that Django renders them from the parts each process keeps for that
  version (operations/fragments.py).

A page is served only while it is still right:
- **Edits.** Every entry carries the content version it was rendered under. A write
  through the admin (`content_changed()`, called by the staff admin site) sets a new
  version, so every app server renders again at its next request. Staff (anyone with a
  session or CSRF cookie) always bypass the cache and see the database.
- **Time.** Pages that say "open now" or "closes at" record when that stops being true
  (`limit_page_lifetime()`, used by the opening-status tag); every page also expires at
  local midnight, when "today" and "tomorrow" move on.
- **Faults.** When the database is down Django answers 503 and says why; if the cache holds
  the page rendered under an earlier version and still valid in time, that page is served.
  When the cache is down, every request is a miss and Django renders from the database.
"""

import datetime
import functools
import gzip
import hashlib
import logging
import time
import uuid
from http.cookies import SimpleCookie
from typing import NamedTuple

import brotli
from django.conf import settings
from django.core.cache import cache, caches
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import timezone
from django.utils.cache import patch_cache_control

from . import nearcache

logger = logging.getLogger(__name__)

VERSION_KEY = "content-version"
# From Django to the WSGI layer only; removed before a response leaves the server.
STORE_HEADER = "X-Page-Cache-Store"
DATABASE_DOWN_HEADER = "X-Page-Cache-Database-Down"
INTERNAL_HEADERS = {STORE_HEADER.lower(), DATABASE_DOWN_HEADER.lower()}
# The content version read before Django runs, for the parts of pages kept in each
# process's memory (operations/fragments.py).
VERSION_ENVIRON_KEY = "pariopportunita.content_version"
# Set again for every answer, never stored.
PER_ANSWER_HEADERS = INTERNAL_HEADERS | {
    "content-length",
    "content-encoding",
    "etag",
    "date",
    "x-request-id",
    "x-cache",
    "age",
}

ENCODINGS = ("br", "gzip", "identity")
COMPRESSIBLE_TYPES = ("text/", "application/xml", "application/json", "application/ld+json")
MIN_COMPRESS_SIZE = 512
# Brotli's quality (gzip is always level 6): 5 for a page stored once and served many
# times; 4 for an answer compressed for one request (a third less time, 5 % more bytes).
STORED_QUALITY = 5
PASSING_QUALITY = 4
# Answers that are not kept (a query string, a search) often repeat the same body: a
# popular search, the same link with a query string. Each process remembers the compressed
# form of the last public bodies it compressed, by digest, and sends it again.
COMPRESSED_BODIES = "compressed-bodies"


def content_changed():
    """Start a new content version: every cached page is rendered again at its next visit.

    True once the new version is stored, False when the cache could not be reached.

    While the cache cannot be reached nothing is served from it. If it comes back with
    its old entries (a network fault, not a restart), pages from before the edit may be
    served until they expire (PAGE_CACHE_SECONDS at most): the warning tells the operator,
    who can clear the cache (docs/deploy.md).
    """
    version = uuid.uuid4().hex
    try:
        cache.set(VERSION_KEY, version, timeout=None)
        stored = cache.get(VERSION_KEY) == version
    except Exception:
        stored = False
    if not stored:
        logger.warning("Page cache unreachable: could not mark the content as changed")
        return False
    if nearcache.uses_redis(settings):
        # After the new version is stored: every app server's memory forgets its pages
        # (whether or not this process keeps pages in memory itself).
        for _attempt in range(2):
            try:
                nearcache.announce(version)
                break
            except Exception:
                continue
        else:
            logger.warning(
                "Page cache: could not announce the change; app servers may serve pages "
                "from memory for up to %s s",
                nearcache.TRUST_SECONDS,
            )
    return True


def limit_page_lifetime(request, until):
    """Record that the page being rendered for `request` stops being right at `until`."""
    if request is None or until is None:
        return
    current = getattr(request, "page_valid_until", None)
    if current is None or until < current:
        request.page_valid_until = until


def _next_local_midnight(now):
    local = timezone.localtime(now)
    tomorrow = local.date() + datetime.timedelta(days=1)
    return datetime.datetime.combine(tomorrow, datetime.time(), tzinfo=local.tzinfo)


def latest_validity(now):
    """The latest a page, or a part of one, rendered at `now` may be kept until: local
    midnight ("today" and "tomorrow" move on) and PAGE_CACHE_SECONDS at most."""
    return min(
        _next_local_midnight(now), now + datetime.timedelta(seconds=settings.PAGE_CACHE_SECONDS)
    )


def is_admin(environ):
    """A request for the admin's pages (at ADMIN_URL)."""
    return environ.get("PATH_INFO", "").startswith("/" + settings.ADMIN_URL)


def _has_staff_cookie(cookie_header):
    if not cookie_header:
        return False
    names = (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME)
    if not any(name in cookie_header for name in names):
        return False
    cookies = SimpleCookie()
    try:
        cookies.load(cookie_header)
    except Exception:
        # A header Python cannot parse: treat it as a staff member's, never cache.
        return True
    return any(name in cookies for name in names)


class PageCachePolicyMiddleware:
    """Marks the responses the page cache may keep, and for how many seconds.

    Kept: a 200 answer to an anonymous GET without a query string, that sets no cookie
    and has no Cache-Control of its own (drafts, the admin and health checks set one).
    It must be the first middleware, so that it sees the response as it leaves Django.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        seconds = self._seconds_to_keep(request, response)
        if seconds > 0:
            response[STORE_HEADER] = str(seconds)
            # Browsers keep the page but ask each time whether it changed (ETag, 304).
            patch_cache_control(response, no_cache=True)
        return response

    def _seconds_to_keep(self, request, response):
        if (
            settings.PAGE_CACHE_SECONDS <= 0
            or request.method != "GET"
            or request.META.get("QUERY_STRING")
            or response.status_code != 200
            or response.streaming
            or response.cookies
            or response.has_header("Cache-Control")
            or _has_staff_cookie(request.META.get("HTTP_COOKIE", ""))
        ):
            return 0
        now = timezone.now()
        until = latest_validity(now)
        limit = getattr(request, "page_valid_until", None)
        if limit is not None:
            until = min(until, limit)
        return int((until - now).total_seconds())


class Entry(NamedTuple):
    version: str
    valid_until: float
    status: str
    headers: list
    body: bytes
    etag: str
    stored_at: float


# Settings whose value shows in a page's headers: a change of any of them (HSTS switched
# on, a stricter CSP, a map's tile server) must reach every answer at once, so pages stored
# under another value are not used (`security_fingerprint()` is part of every key).
SECURITY_SETTING_PREFIXES = (
    "SECURE_",
    "PERMISSIONS_POLICY",
    "X_FRAME_OPTIONS",
    "MAP_TILE_",
    "CSRF_",
    "SESSION_COOKIE_",
)


@functools.cache
def security_fingerprint():
    """A digest of the security configuration, computed once per process (and again when a
    test changes a setting)."""
    values = sorted(
        (name, repr(getattr(settings, name)))
        for name in dir(settings)
        if name.startswith(SECURITY_SETTING_PREFIXES)
    )
    return hashlib.sha256(repr(values).encode()).hexdigest()[:16]


@receiver(setting_changed)
def _security_settings_changed(setting, **kwargs):
    if setting.startswith(SECURITY_SETTING_PREFIXES):
        security_fingerprint.cache_clear()


def negotiate_encoding(accept_encoding):
    """Brotli, gzip or none, from an Accept-Encoding header (a q of 0 refuses)."""
    accepted = {}
    for part in accept_encoding.lower().split(","):
        name, _, params = part.strip().partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        accepted[name.strip()] = quality
    for encoding in ("br", "gzip"):
        if accepted.get(encoding, accepted.get("*", 0)) > 0:
            return encoding
    return "identity"


def compress(body, encoding, quality=STORED_QUALITY):
    if encoding == "br":
        return brotli.compress(body, quality=quality)
    if encoding == "gzip":
        return gzip.compress(body, compresslevel=6, mtime=0)
    return body


def _compress_public(body, encoding):
    """Compress a body of an answer any visitor may get, or send the bytes of the last time
    this process compressed the same body (the compressed-bodies memory)."""
    memory = caches[COMPRESSED_BODIES]
    key = f"{encoding}:{hashlib.blake2b(body, digest_size=16).hexdigest()}"
    compressed = memory.get(key)
    if compressed is None:
        compressed = compress(body, encoding, PASSING_QUALITY)
        memory.set(key, compressed)
    return compressed


def _is_public(headers):
    """An answer any visitor may get: no cookie set, not private (staff pages are neither)."""
    if _header(headers, "set-cookie"):
        return False
    cache_control = _header(headers, "cache-control").lower()
    return "private" not in cache_control and "no-store" not in cache_control


def _is_compressible(headers):
    content_type = ""
    for name, value in headers:
        lowered = name.lower()
        if lowered == "content-encoding":
            return False
        if lowered == "content-type":
            content_type = value.lower()
    return content_type.startswith(COMPRESSIBLE_TYPES)


def _header(headers, wanted):
    wanted = wanted.lower()
    return next((value for name, value in headers if name.lower() == wanted), "")


def _vary(headers):
    """The response's Vary header with Accept-Encoding added."""
    vary = _header(headers, "Vary")
    names = [item.strip() for item in vary.split(",") if item.strip()]
    if "accept-encoding" not in {name.lower() for name in names}:
        names.append("Accept-Encoding")
    return ", ".join(names)


def _etag_matches(if_none_match, etag):
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    wanted = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == wanted for tag in if_none_match.split(","))


class PageCache:
    """The WSGI layer of the page cache (see the module's docstring)."""

    def __init__(self, app):
        self.app = app
        # With Redis, this process's own copy of the entries (operations/nearcache.py).
        self.near = nearcache.for_settings(settings)
        self._version_unknown_until = 0.0

    def __call__(self, environ, start_response):
        if not self._may_use_cache(environ):
            if environ.get("REQUEST_METHOD") in ("GET", "HEAD") and not is_admin(environ):
                # Not kept whole, but rendered from the parts kept for this version (the
                # admin's pages use none: no round trip to the cache for them).
                self._read_version(environ)
            result, status, headers = self._call_django(environ)
            return self._send_on(result, status, headers, environ, start_response, "BYPASS")

        encoding = negotiate_encoding(environ.get("HTTP_ACCEPT_ENCODING", ""))
        key = self._key(environ)
        entry_key = f"{key}:{encoding}"
        near = self.near
        if near is not None:
            version = near.current_version()
            entry = near.get(entry_key, version) if version else None
            if entry is not None and time.time() < entry.valid_until:
                return self._answer(environ, start_response, entry, encoding, "HIT")
            generation = near.generation

        found = self._cache_get_many([VERSION_KEY, entry_key])
        version = found.get(VERSION_KEY)
        entry = found.get(entry_key)
        if not version:
            # Before rendering (an empty or restarted Redis): a page rendered from rows
            # read before an edit must never be stored under the edit's version.
            version = self._start_version()
        now = time.time()
        if near is not None:
            near.learn(version, generation)
        if version:
            environ[VERSION_ENVIRON_KEY] = version
        if entry is not None and version and entry.version == version and now < entry.valid_until:
            if near is not None:
                near.put(entry_key, entry)
            return self._answer(environ, start_response, entry, encoding, "HIT")

        result, status, headers = self._call_django(environ)
        names = {name.lower() for name, _value in headers}

        if DATABASE_DOWN_HEADER.lower() in names and entry is not None and now < entry.valid_until:
            # The database is down: the page from before the last edit is better than none.
            self._close(result)
            return self._answer(environ, start_response, entry, encoding, "STALE")

        if STORE_HEADER.lower() not in names or environ["REQUEST_METHOD"] != "GET":
            return self._send_on(result, status, headers, environ, start_response, "MISS")

        body = b"".join(result)
        self._close(result)
        seconds = int(_header(headers, STORE_HEADER))
        kept = [(name, value) for name, value in headers if name.lower() not in PER_ANSWER_HEADERS]
        etag = '"' + hashlib.sha1(body, usedforsecurity=False).hexdigest() + '"'
        entries = {
            name: Entry(
                version=version or "",
                valid_until=now + seconds,
                status=status,
                headers=kept,
                body=compress(body, name) if _is_compressible(kept) else body,
                etag=etag if name == "identity" else f'{etag[:-1]}-{name}"',
                stored_at=now,
            )
            for name in ENCODINGS
        }
        if not _is_compressible(kept):
            entries = dict.fromkeys(ENCODINGS, entries["identity"])
        if version:
            self._cache_set_many(
                {f"{key}:{name}": item for name, item in entries.items()}, timeout=seconds
            )
            if near is not None:
                # Only the encoding asked for: the others come from Redis when asked.
                near.put(entry_key, entries[encoding])
        return self._answer(environ, start_response, entries[encoding], encoding, "MISS")

    def _read_version(self, environ):
        """The content version for a request that is not kept (started if the cache has
        none); after a failure, none is asked for a second, so that an unreachable cache
        slows one request a second, not each one. Without it, nothing is kept."""
        near = self.near
        version = near.current_version() if near is not None else None
        if version is None:
            if time.monotonic() < self._version_unknown_until:
                return
            generation = near.generation if near is not None else None
            try:
                version = cache.get(VERSION_KEY)
            except Exception:
                version = None
            if not version:
                version = self._start_version()
            if not version:
                self._version_unknown_until = time.monotonic() + 1.0
                return
            if near is not None:
                near.learn(version, generation)
        environ[VERSION_ENVIRON_KEY] = version

    # --- answering -----------------------------------------------------------------------

    def _answer(self, environ, start_response, entry, encoding, state):
        headers = [(name, value) for name, value in entry.headers if name.lower() != "vary"]
        headers += [
            ("Vary", _vary(entry.headers)),
            ("ETag", entry.etag),
            ("X-Cache", state),
            ("Age", str(max(0, int(time.time() - entry.stored_at)))),
        ]
        if _etag_matches(environ.get("HTTP_IF_NONE_MATCH", ""), entry.etag):
            start_response("304 Not Modified", headers)
            return []
        if entry.body is not None and encoding != "identity" and _is_compressible(entry.headers):
            headers.append(("Content-Encoding", encoding))
        headers.append(("Content-Length", str(len(entry.body))))
        start_response(entry.status, headers)
        return [] if environ["REQUEST_METHOD"] == "HEAD" else [entry.body]

    def _call_django(self, environ):
        """Django's answer; it calls start_response before it returns the body."""
        captured = {}

        def capture(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers
            return self._no_write

        result = self.app(environ, capture)
        return result, captured["status"], captured["headers"]

    def _send_on(self, result, status, headers, environ, start_response, state):
        """An answer that is not kept: compressed if it is text, otherwise untouched."""
        headers = [(n, v) for n, v in headers if n.lower() not in INTERNAL_HEADERS]
        encoding = negotiate_encoding(environ.get("HTTP_ACCEPT_ENCODING", ""))
        lengths = [v for n, v in headers if n.lower() == "content-length"]
        if (
            encoding == "identity"
            or environ["REQUEST_METHOD"] == "HEAD"
            or not _is_compressible(headers)
            or not lengths
            or int(lengths[0]) < MIN_COMPRESS_SIZE
        ):
            start_response(status, [*headers, ("X-Cache", state)])
            return result
        body = b"".join(result)
        if _is_public(headers):
            body = _compress_public(body, encoding)
        else:
            body = compress(body, encoding, PASSING_QUALITY)
        self._close(result)
        vary = _vary(headers)
        headers = [(n, v) for n, v in headers if n.lower() not in {"content-length", "vary"}]
        headers += [
            ("Vary", vary),
            ("Content-Encoding", encoding),
            ("Content-Length", str(len(body))),
            ("X-Cache", state),
        ]
        start_response(status, headers)
        return [body]

    @staticmethod
    def _no_write(data):
        raise RuntimeError("The page cache does not support the WSGI write() callable.")

    @staticmethod
    def _close(result):
        close = getattr(result, "close", None)
        if close is not None:
            close()

    # --- deciding and keys ---------------------------------------------------------------

    @staticmethod
    def _may_use_cache(environ):
        return (
            environ.get("REQUEST_METHOD") in ("GET", "HEAD")
            and not environ.get("QUERY_STRING")
            and not _has_staff_cookie(environ.get("HTTP_COOKIE", ""))
        )

    @staticmethod
    def _key(environ):
        # The host and the scheme are part of the page (canonical and Open Graph URLs);
        # the security configuration is part of its headers (HSTS, CSP…): a page stored
        # before it changed is never answered after.
        address = "|".join(
            (
                security_fingerprint(),
                environ.get("wsgi.url_scheme", ""),
                environ.get("HTTP_X_FORWARDED_PROTO", ""),
                environ.get("HTTP_HOST", environ.get("SERVER_NAME", "")),
                environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", ""),
            )
        )
        return "page:" + hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()

    # --- the cache, which may be down ----------------------------------------------------

    @staticmethod
    def _cache_get_many(keys):
        try:
            return cache.get_many(keys)
        except Exception:
            _warn_cache_unreachable()
            return {}

    @staticmethod
    def _cache_set_many(entries, timeout):
        try:
            cache.set_many(entries, timeout=timeout)
        except Exception:
            _warn_cache_unreachable()

    @staticmethod
    def _start_version():
        """The first content version, when the cache has none (new, emptied or restarted)."""
        try:
            cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
            version = cache.get(VERSION_KEY)
        except Exception:
            version = None
        if version is None:
            _warn_cache_unreachable()
        return version


_last_warning = 0.0


def _warn_cache_unreachable():
    """One warning a minute per process while the cache does not answer, not one a request."""
    global _last_warning
    now = time.monotonic()
    if now - _last_warning >= 60:
        _last_warning = now
        logger.warning("Page cache unreachable: pages are rendered from the database")
