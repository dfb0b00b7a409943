"""WSGI entry point: ``gunicorn -c deploy/gunicorn.conf.py pariopportunita.wsgi``."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pariopportunita.settings")

django_application = get_wsgi_application()

# Imported after Django is set up: the stack reads the settings.
from operations.wsgi import production_stack  # noqa: E402

application = production_stack(django_application)
