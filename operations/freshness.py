"""How long a public page is true, said in HTTP; nginx in front keeps the pages.

The app keeps no page. Every public answer says, in its headers, how long it stays right
and how to ask whether it still is (deploy/nginx/ stores the page and serves it):

- `Cache-Control: public, max-age=0, s-maxage=N, stale-while-revalidate=M`: a shared
  cache may serve the page for N seconds, at most PAGE_FRESH_SECONDS (so that an edit
  reaches visitors within seconds), and then M seconds more while it asks the app again
  (N + M at most STALE_LIMIT_SECONDS: nothing is served more than a minute after it may
  have changed), never past the moment the page stops being true ("open now" turns into
  "closed", local midnight moves "today" on). A browser asks every time.
- `ETag`: the content version, the release, the address and that moment. Asked again with
  it (nginx's revalidation, a browser's reload), the app answers 304 without rendering
  when nothing the page shows has changed: one query, for the content version.

A page changes with the content (a new version when a write to settings.CONTENT_APPS
commits, whoever made it, after every admin POST, for update() and new orders, and when
something published appears or leaves on its timetable), with
time (`page_true_until()`) or with a new release (code, templates, translations,
settings): each is in the ETag. Answers that set a cookie or carry their own
Cache-Control, requests with a query string and staff (a session or CSRF cookie) get none
of this.
"""

import datetime
import hashlib
import uuid

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import patch_cache_control

from editing.models import next_scheduled_change

from .release import release
from .tracking import is_admin

# The longest a page is served after the app could have changed it (an edit, a closure).
STALE_LIMIT_SECONDS = 60
# A page that is true for no time at all (rendered from defaults): nothing may keep it.
NEVER = datetime.datetime.min.replace(tzinfo=datetime.UTC)


def content_changed():
    """Start a new content version: every page is rendered again at its next request.
    It lasts until the next change on the publication timetable, if any."""
    from .models import ContentVersion

    # Callables: read once the row is locked, so that of two writers the later one
    # stores the later state of the timetable.
    ContentVersion.objects.update_or_create(
        pk=1,
        defaults={
            "token": lambda: uuid.uuid4().hex,
            "changed_at": timezone.now,
            "next_change": lambda: next_scheduled_change(timezone.now()),
        },
    )


def _timetable_moved(ended, now):
    """A new version for the content the timetable changed at `ended`: made once, by
    the first request after that moment (the others find it made)."""
    from .models import ContentVersion

    ContentVersion.objects.filter(pk=1, next_change=ended).update(
        token=uuid.uuid4().hex, changed_at=now, next_change=next_scheduled_change(now)
    )


def _content_written(sender, using=None, **kwargs):
    """A row pages show was written: a new version after the commit, once per transaction
    (robust: its failure leaves what was saved and the other callbacks alone)."""
    # What waits for this transaction's commit (a rollback drops it from the list).
    waiting = transaction.get_connection(using).run_on_commit
    if not any(item[1] is content_changed for item in waiting):
        transaction.on_commit(content_changed, using=using, robust=True)


def watch_content():
    """Listen to the models of CONTENT_APPS and their links only (operations' ready()): a
    listener on every model would make each bulk delete load its rows one by one."""
    watched, excluded = settings.CONTENT_APPS, settings.CONTENT_APPS_EXCEPT
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label in watched and model._meta.label_lower not in excluded:
            for signal in (post_save, post_delete, m2m_changed):
                signal.connect(_content_written, sender=model)


def current_version():
    """The content version, or None while the database does not answer."""
    return content_version(timezone.now())[0]


def content_version(now):
    """(The content version, when it ends, when it began), or Nones while the database does
    not answer. A version whose timetable moment has come is replaced first: what was
    scheduled appears or leaves without anyone writing anything."""
    from .models import ContentVersion

    row = ContentVersion.objects.filter(pk=1).values_list("token", "next_change", "changed_at")
    try:
        token, ends, began = row.first() or ("-", None, None)
        if ends is not None and ends <= now:
            _timetable_moved(ends, now)
            token, ends, began = row.first()
    except DatabaseError:
        return None, None, None
    return token, ends, began


def last_modified(request):
    """When what a page shows last changed, for its Last-Modified header: the start of
    its content version, or today's local midnight if later (what is "still to come"
    changes then). None when the freshness middleware did not read the version. A new
    release is not in it: the ETag, which nginx asks with, has it."""
    began = getattr(request, "content_changed_at", None)
    if began is None:
        return None
    now = getattr(request, "freshness_checked_at", None) or timezone.now()
    midnight = _local_midnight_after(now) - datetime.timedelta(days=1)
    return max(began, midnight)


def page_true_until(request, until):
    """Record that the page rendered for `request` stops being right at `until`."""
    if request is None or until is None:
        return
    current = getattr(request, "page_true_until", None)
    if current is None or until < current:
        request.page_true_until = until


def _local_midnight_after(now):
    local = timezone.localtime(now)
    tomorrow = local.date() + datetime.timedelta(days=1)
    return datetime.datetime.combine(tomorrow, datetime.time(), tzinfo=local.tzinfo)


def _etag(version, path, until):
    seconds = int(until.timestamp())
    digest = hashlib.blake2b(f"{version}|{release()}|{path}|{seconds}".encode(), digest_size=10)
    return f'W/"{digest.hexdigest()}.{seconds}"'


def _matching_until(if_none_match, version, path):
    """The moment until which the page the client holds stays true, when its ETag names
    the current version, release and address; None otherwise."""
    for tag in if_none_match.split(",")[:8]:
        tag = tag.strip().removeprefix("W/").strip('"')
        digest, _, seconds = tag.partition(".")
        if not (seconds.isascii() and seconds.isdigit()) or len(seconds) > 11:
            continue
        try:
            until = datetime.datetime.fromtimestamp(int(seconds), tz=datetime.UTC)
        except (ValueError, OverflowError, OSError):
            continue
        if _etag(version, path, until) == f'W/"{digest}.{seconds}"':
            return until
    return None


def _may_be_kept(request):
    staff_cookies = {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME}
    return (
        settings.PAGE_FRESH_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and not is_admin(request.META)
        and not staff_cookies & request.COOKIES.keys()
    )


def _say_how_long(response, version, path, now, until):
    left = max(int((until - now).total_seconds()), 0)
    fresh = min(left, settings.PAGE_FRESH_SECONDS)
    stale = min(left, STALE_LIMIT_SECONDS) - fresh
    patch_cache_control(
        response, public=True, max_age=0, s_maxage=fresh, stale_while_revalidate=max(stale, 0)
    )
    response["ETag"] = _etag(version, path, until)


def reads_no_content(view):
    """Mark a view whose answer shows no content (a health check): no content version is
    read for it, so it answers even while the database does not."""
    view.reads_no_content = True
    return view


class FreshnessMiddleware:
    """Cache-Control and ETag on every public page; 304 without rendering when the ETag
    asked with still names the page. First in MIDDLEWARE: it sees the finished response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_be_kept(request):
            return self.get_response(request)
        request.freshness_checked_at = timezone.now()
        response = self.get_response(request)
        version = getattr(request, "content_version", None)
        if (
            version is None
            or response.status_code != 200
            or response.cookies
            or response.has_header("Cache-Control")
        ):
            return response
        now = request.freshness_checked_at
        until = _local_midnight_after(now)
        told = getattr(request, "page_true_until", None)
        if told is not None:
            until = min(until, told)
        if (until - now).total_seconds() >= 1:
            _say_how_long(response, version, request.path, now, until)
        return response

    def process_view(self, request, view, args, kwargs):
        if not hasattr(request, "freshness_checked_at") or getattr(view, "reads_no_content", 0):
            return None
        # Read before anything the page shows: rows read after an edit may be newer than
        # this version, never older.
        version, ends, began = content_version(request.freshness_checked_at)
        request.content_version = version
        # When what pages show last changed: a page may say so (Last-Modified).
        request.content_changed_at = began
        page_true_until(request, ends)
        asked = request.META.get("HTTP_IF_NONE_MATCH", "")
        if version is None or not asked:
            return None
        until = _matching_until(asked, version, request.path)
        now = request.freshness_checked_at
        if until is None or now >= until:
            return None
        response = HttpResponseNotModified()
        _say_how_long(response, version, request.path, now, until)
        return response
