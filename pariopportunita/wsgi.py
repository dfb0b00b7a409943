"""WSGI entry point: ``gunicorn -c deploy/gunicorn.conf.py pariopportunita.wsgi``.

The layers in front of Django, outermost first:
1. `AccessLog`: a request id and one log line per request (operations/logs.py).
2. `DropTrackingParameters`: `?fbclid=…`, `?utm_source=…` and the like are removed from
   the query string (operations/tracking.py), so a shared link is the plain page.
3. WhiteNoise, with DEBUG off: static files (hashed names cached for a year, Brotli and
   gzip copies made by `collectstatic`) with the security headers of every page.
Pages are kept by nginx in front (deploy/nginx/), as Django's headers say
(operations/freshness.py); with DEBUG on (`make run`) runserver serves static files.

The release digest that page ETags carry is computed here, as the process starts, and
logged: every process of one deployment must compute the same one, or nginx's
revalidations reaching another process would render pages again (the log shows it).
"""

import logging
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pariopportunita.settings")

django_application = get_wsgi_application()

# Imported after Django is set up: they read the settings.
from django.conf import settings  # noqa: E402
from whitenoise import WhiteNoise  # noqa: E402

from operations.headers import is_immutable, static_file_headers  # noqa: E402
from operations.logs import AccessLog  # noqa: E402
from operations.release import release  # noqa: E402
from operations.tracking import DropTrackingParameters  # noqa: E402


def production_stack(app):
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


application = production_stack(django_application)
logging.getLogger("pariopportunita.release").info("release %s", release())
