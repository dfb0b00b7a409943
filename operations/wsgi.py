"""The WSGI stack in front of Django, outermost first.

1. `AccessLog`: a request id and one log line per request.
2. `DropTrackingParameters`: `?fbclid=…`, `?utm_source=…` and the like are removed from the
   query string (operations/tracking.py), so that a link shared on a social network is
   the plain page, served from the page cache.
3. WhiteNoise: static files, hashed names cached for a year, Brotli/gzip files made by
   `collectstatic`; the security headers added by `static_file_headers`.
4. `PageCache`: whole public pages from the shared cache (off when PAGE_CACHE_SECONDS is 0),
   and the content version for the parts of pages Django keeps (operations/fragments.py).
5. Django.

With DEBUG on (`make run`) only the access log and the tracking layer are added: runserver
serves the static files from the source folders and pages are always rendered afresh.
"""

import re

from django.conf import settings
from whitenoise import WhiteNoise

from .headers import static_file_headers
from .logs import AccessLog
from .pagecache import PageCache
from .tracking import DropTrackingParameters

# ManifestStaticFilesStorage names: "site.3f2a9c1b7d4e.css".
HASHED_NAME = re.compile(r"\.[0-9a-f]{12}\.[A-Za-z0-9]+$")


def is_immutable(path, url):
    return bool(HASHED_NAME.search(url))


def production_stack(django_app):
    app = django_app
    if settings.PAGE_CACHE_SECONDS > 0:
        app = PageCache(app)
    if not settings.DEBUG:
        app = WhiteNoise(
            app,
            root=settings.STATIC_ROOT,
            prefix=settings.STATIC_URL,
            max_age=60,
            immutable_file_test=is_immutable,
            add_headers_function=static_file_headers,
        )
    return AccessLog(DropTrackingParameters(app))
