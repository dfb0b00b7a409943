"""Redis for the tests of the shared cache: the real server, and a closed port."""

import socket
import uuid

import pytest
import redis
from django.conf import settings as django_settings

REDIS_DB = 9


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_cache(location, prefix):
    """The site's caches with Redis at `location` as the default one."""
    return {
        # This process's memories, as configured.
        **{alias: config for alias, config in django_settings.CACHES.items() if alias != "default"},
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "KEY_PREFIX": prefix,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        },
    }


@pytest.fixture
def redis_up(settings, redis_server):
    """The site's default cache in Redis (tests/services.py), under a key prefix of its own."""
    location = redis_server.url(REDIS_DB)
    client = redis.Redis.from_url(location)
    prefix = f"test-{uuid.uuid4().hex}"
    settings.CACHES = redis_cache(location, prefix)
    yield client, prefix
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


@pytest.fixture
def redis_down(settings):
    settings.CACHES = redis_cache(f"redis://127.0.0.1:{closed_port()}/0", "down")
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
