"""Each app server's own copy of the pages it serves, kept right by Redis.

A hit in the shared page cache costs a Redis round trip: the content version and the page
travel over the network and are decoded, on every request. With Redis as the page cache
(`REDIS_URL`), each process also keeps the entries it has served in its own memory, and
listens on a Redis channel where `content_changed()` announces every new content version.

Before it answers from memory, a process reads what has already arrived on that channel
(without waiting for more). An announcement makes it forget the version it knew and its
pages, so the request goes to Redis again, which has the new version. `announce()` returns
only once Redis has written the announcement to every listener (a PING after the PUBLISH,
answered in a later turn of Redis's loop), so by the time the admin has answered the
editor, the announcement is on its way to every app server, ahead of any later request.

Memory is trusted only while it is certain:
- the version learned from Redis is used for at most `TRUST_SECONDS`, then read again; a
  channel that died without an error (a firewall dropping an idle connection) is noticed
  by a PING every `PING_SECONDS` left unanswered for `PONG_SECONDS`, and until then an edit
  reaches this process within `TRUST_SECONDS` at most;
- while the channel is not listened to (not connected yet, Redis down, a connection
  error, a re-subscription that may have missed announcements), nothing is served from
  memory: every request goes to Redis, as without this layer, and the channel is tried
  again once a second, by one thread at a time and never while holding up the others;
- each entry still carries its version and its end of validity ("open now").
"""

import contextlib
import logging
import os
import threading
import time
from collections import OrderedDict
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

TRUST_SECONDS = 1.0
RETRY_SECONDS = 1.0
SUBSCRIBE_TIMEOUT = 0.5
PING_SECONDS = 5.0
PONG_SECONDS = 3.0
CHANNEL_SUFFIX = "content-version-changed"
ENTRY_OVERHEAD = 512


def channel_name(cache_settings):
    """The channel of one site's cache: its key prefix and Redis database (Pub/Sub
    channels are shared by every database of a server)."""
    location = cache_settings.get("LOCATION", "")
    if isinstance(location, (list, tuple)):
        location = location[0] if location else ""
    database = urlsplit(str(location)).path.strip("/") or "0"
    return f"{cache_settings.get('KEY_PREFIX', '')}:{database}:{CHANNEL_SUFFIX}"


def redis_client():
    """The raw client of the default cache (django-redis)."""
    from django_redis import get_redis_connection

    return get_redis_connection("default")


def announce(version):
    """Tell every listening process that the content version is now `version`.

    The PING's answer comes after Redis has written the message to every listener."""
    from django.conf import settings

    client = redis_client()
    client.publish(channel_name(settings.CACHES["default"]), version)
    client.ping()


class NearCache:
    """Entries by (page key, encoding), bounded in bytes; thread-safe."""

    def __init__(self, max_bytes, channel, client_factory=redis_client):
        self.max_bytes = max_bytes
        self.channel = channel
        self._client_factory = client_factory
        # `_lock` guards the state below and is never held during network I/O;
        # `_channel_lock` is held by the one thread that reads or (re)opens the channel.
        self._lock = threading.Lock()
        self._channel_lock = threading.Lock()
        self._entries = OrderedDict()
        self._bytes = 0
        self._pubsub = None
        self._pid = None
        self._retry_at = 0.0
        self._version = None
        self._learned_at = 0.0
        self._ping_sent_at = None
        self._last_ping = 0.0
        self._warned = False
        # Changes with every announcement and every lost connection, so that a version
        # read from Redis before one of them is never learned after it.
        self.generation = 0

    # --- the version -----------------------------------------------------------------

    def current_version(self):
        """The content version when it is known for certain without asking Redis.

        None sends the request to Redis: also when another thread is reading the channel
        at this moment, since only a drained channel makes memory certain."""
        if not self._channel_lock.acquire(blocking=False):
            return None
        try:
            if not self._listen():
                return None
            with self._lock:
                if self._version is None or time.monotonic() - self._learned_at > TRUST_SECONDS:
                    return None
                return self._version
        finally:
            self._channel_lock.release()

    def learn(self, version, generation):
        """`version` was read from Redis when the generation was `generation`."""
        with self._lock:
            if version and generation == self.generation and self._pubsub is not None:
                self._version = version
                self._learned_at = time.monotonic()

    # --- entries ---------------------------------------------------------------------

    def get(self, key, version):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry.version != version:
                return None
            self._entries.move_to_end(key)
            return entry

    def put(self, key, entry):
        """Keep `entry` if it belongs to the version known now (never one read before
        the last announcement)."""
        size = len(entry.body or b"") + ENTRY_OVERHEAD
        if size > self.max_bytes // 8:
            return
        with self._lock:
            if self._pubsub is None or entry.version != self._version:
                return
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old.body or b"") + ENTRY_OVERHEAD
            self._entries[key] = entry
            self._bytes += size
            while self._bytes > self.max_bytes and self._entries:
                _key, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped.body or b"") + ENTRY_OVERHEAD

    # --- the channel (called with `_channel_lock` held) ----------------------------------

    def _forget(self):
        with self._lock:
            self.generation += 1
            self._version = None
            self._entries.clear()
            self._bytes = 0

    def _listen(self):
        """Read what has arrived on the channel; False while it is not listened to."""
        if self._pid != os.getpid():
            # A forked process never shares its parent's connection or memory.
            self._pid, self._pubsub = os.getpid(), None
            self._forget()
        if self._pubsub is None and not self._subscribe():
            return False
        try:
            while True:
                message = self._pubsub.get_message(timeout=0.0)
                if message is None:
                    break
                kind = message.get("type")
                if kind == "pong":
                    self._ping_sent_at = None
                elif kind in ("message", "subscribe"):
                    # A new version, or a re-subscription after a reconnection that may
                    # have missed announcements: forget everything.
                    self._forget()
                elif kind == "unsubscribe":
                    raise ConnectionError("unsubscribed from the channel")
            now = time.monotonic()
            if self._ping_sent_at is not None and now - self._ping_sent_at > PONG_SECONDS:
                raise ConnectionError("the channel did not answer a PING")
            if self._ping_sent_at is None and now - self._last_ping > PING_SECONDS:
                self._pubsub.ping()
                self._ping_sent_at = self._last_ping = now
            return True
        except Exception:
            logger.warning("Page cache: lost the channel of content changes; asking Redis")
            self._close()
            return False

    def _subscribe(self):
        now = time.monotonic()
        if now < self._retry_at:
            return False
        self._retry_at = now + RETRY_SECONDS
        pubsub = None
        try:
            pubsub = self._client_factory().pubsub()
            pubsub.subscribe(self.channel)
            # Only once Redis confirms is every later announcement sure to arrive.
            deadline = now + SUBSCRIBE_TIMEOUT
            while (left := deadline - time.monotonic()) > 0:
                message = pubsub.get_message(timeout=left)
                if message and message.get("type") == "subscribe":
                    self._pubsub = pubsub
                    self._ping_sent_at, self._last_ping = None, time.monotonic()
                    self._warned = False
                    self._forget()
                    return True
        except Exception as error:
            if not self._warned:
                self._warned = True
                logger.warning(
                    "Page cache: cannot listen to the channel of content changes (%s); "
                    "pages are not kept in this process's memory",
                    type(error).__name__,
                )
        if pubsub is not None:
            with contextlib.suppress(Exception):
                pubsub.close()
        return False

    def _close(self):
        pubsub, self._pubsub = self._pubsub, None
        if pubsub is not None:
            with contextlib.suppress(Exception):
                pubsub.close()
        self._retry_at = time.monotonic() + RETRY_SECONDS
        self._forget()


def enabled(settings):
    """With Redis as the cache, and not turned off (DJANGO_PAGE_MEMORY_CACHE_MB=0)."""
    return getattr(settings, "PAGE_MEMORY_CACHE_BYTES", 0) > 0 and uses_redis(settings)


def uses_redis(settings):
    return settings.CACHES["default"]["BACKEND"].startswith("django_redis.")


def for_settings(settings):
    """The near cache the settings ask for, or None."""
    if not enabled(settings):
        return None
    return NearCache(settings.PAGE_MEMORY_CACHE_BYTES, channel_name(settings.CACHES["default"]))
