"""Each app server's own copy of the pages it serves, kept right by Redis.

A hit in the shared page cache costs a Redis round trip: the content version and the page
travel over the network and are decoded, on every request. With Redis as the page cache
(`REDIS_URL`), each process also keeps the entries it has served in its own memory, and
listens on a Redis channel where `content_changed()` announces every new content version.

Before it answers from memory, a process reads what has already arrived on that channel
(without waiting for more). An announcement makes it forget the version it knew and its
pages, so the request goes to Redis again, which has the new version. The announcement is
published after the new version is stored, so by the time the admin has answered the editor
it is in every listening process's socket: a page saved in the admin is never served from
memory afterwards.

Memory is trusted only while it is certain:
- the version learned from Redis is used for at most `TRUST_SECONDS`, then read again, so
  even an announcement lost without an error (never seen, but cheap to guard against)
  leaves a page wrong for one second at most;
- while the channel is not listened to (not connected yet, Redis down, a connection
  error), nothing is served from memory: every request goes to Redis, as without this
  layer, and the channel is tried again once a second;
- each entry still carries its version and its end of validity ("open now").
"""

import contextlib
import logging
import os
import threading
import time
from collections import OrderedDict

logger = logging.getLogger(__name__)

TRUST_SECONDS = 1.0
RETRY_SECONDS = 1.0
SUBSCRIBE_TIMEOUT = 0.5
CHANNEL_SUFFIX = "content-version-changed"


def channel_name(cache_settings):
    return f"{cache_settings.get('KEY_PREFIX', '')}:{CHANNEL_SUFFIX}"


def redis_client():
    """The raw client of the default cache (django-redis)."""
    from django_redis import get_redis_connection

    return get_redis_connection("default")


def announce(version):
    """Tell every listening process that the content version is now `version`."""
    from django.conf import settings

    redis_client().publish(channel_name(settings.CACHES["default"]), version)


class NearCache:
    """Entries by (page key, encoding), bounded in bytes; thread-safe."""

    def __init__(self, max_bytes, channel, client_factory=redis_client):
        self.max_bytes = max_bytes
        self.channel = channel
        self._client_factory = client_factory
        self._lock = threading.Lock()
        self._entries = OrderedDict()
        self._bytes = 0
        self._pubsub = None
        self._pid = None
        self._retry_at = 0.0
        self._version = None
        self._learned_at = 0.0
        # Changes with every announcement and every lost connection, so that a version
        # read from Redis before one of them is never learned after it.
        self.generation = 0

    # --- the version -----------------------------------------------------------------

    def current_version(self):
        """The content version when it is known for certain without asking Redis."""
        with self._lock:
            if not self._listen():
                return None
            if self._version is None or time.monotonic() - self._learned_at > TRUST_SECONDS:
                return None
            return self._version

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
        size = len(entry.body or b"") + 512
        if size > self.max_bytes // 8:
            return
        with self._lock:
            if self._pubsub is None:
                return
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old.body or b"") + 512
            self._entries[key] = entry
            self._bytes += size
            while self._bytes > self.max_bytes and self._entries:
                _key, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped.body or b"") + 512

    # --- the channel (called with the lock held) ---------------------------------------

    def _forget(self):
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
                    return True
                if message.get("type") in ("message", "unsubscribe"):
                    self._forget()
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
            while time.monotonic() < deadline:
                message = pubsub.get_message(timeout=SUBSCRIBE_TIMEOUT)
                if message and message.get("type") == "subscribe":
                    self._pubsub = pubsub
                    self._forget()
                    return True
        except Exception:
            pass
        if pubsub is not None:
            with contextlib.suppress(Exception):
                pubsub.close()
        return False

    def _close(self):
        if self._pubsub is not None:
            with contextlib.suppress(Exception):
                self._pubsub.close()
        self._pubsub = None
        self._retry_at = time.monotonic() + RETRY_SECONDS
        self._forget()


def enabled(settings):
    """With Redis as the cache, and not turned off (DJANGO_PAGE_MEMORY_CACHE_MB=0)."""
    return getattr(settings, "PAGE_MEMORY_CACHE_BYTES", 0) > 0 and settings.CACHES["default"][
        "BACKEND"
    ].startswith("django_redis.")


def for_settings(settings):
    """The near cache the settings ask for, or None."""
    if not enabled(settings):
        return None
    return NearCache(settings.PAGE_MEMORY_CACHE_BYTES, channel_name(settings.CACHES["default"]))
