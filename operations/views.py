"""Health checks for the proxy and for monitoring: no cookie, never cached."""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .freshness import reads_no_content

logger = logging.getLogger(__name__)


@reads_no_content
@never_cache
@require_safe
def healthz(request):
    """The process is alive and answers; nothing else is checked (no database)."""
    return JsonResponse({"status": "ok"})


def _database_reachable():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        logger.warning("Readiness: database unreachable", exc_info=True)
        return False


def _cache_reachable():
    probe = uuid.uuid4().hex
    try:
        cache.set("readyz-probe", probe, timeout=10)
        return cache.get("readyz-probe") == probe
    except Exception:
        logger.warning("Readiness: cache unreachable", exc_info=True)
        return False


@reads_no_content
@never_cache
@require_safe
def readyz(request):
    """Ready to serve every page: the database and the cache both answer.

    The site still serves pages without the cache (it holds the rating form's limits);
    this check tells monitoring that it is degraded.
    """
    checks = {
        "database": "ok" if _database_reachable() else "unreachable",
        "cache": "ok" if _cache_reachable() else "unreachable",
    }
    ready = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", **checks}, status=200 if ready else 503
    )
