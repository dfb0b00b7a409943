"""Project-wide error pages: the help numbers and the quick exit even when things fail.

Both render without touching the database, so they work when it is unreachable.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseNotFound,
    HttpResponseServerError,
)
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.static import serve

from operations.tracking import is_admin
from pages.context_processors import page_addresses
from pages.models import SiteSettings


def _render(request, template_name):
    context = {
        "request": request,
        "site_settings": SiteSettings.defaults(),
        # The home page of each language, and no canonical link: never the raw path.
        **page_addresses(request, error_page=True),
    }
    return loader.get_template(template_name).render(context)


def bad_request(request, exception=None):
    # A request Django refuses (an unknown Host, a malformed cookie or form): the help
    # numbers all the same, not Django's bare "Bad Request".
    return HttpResponseBadRequest(_render(request, "400.html"))


def page_not_found(request, exception=None):
    return HttpResponseNotFound(_render(request, "404.html"))


def permission_denied(request, exception=None):
    """403. In the admin (an editor opened what her role does not allow): the admin's own
    page, in its language, with the way back to the admin's home page; elsewhere the
    site's page with the help numbers. Never Django's bare English "403 Forbidden"."""
    if is_admin(request.META):
        from django.contrib import admin

        context = {**admin.site.each_context(request), "title": _("Access denied")}
        page = loader.render_to_string("admin/403.html", context, request)
    else:
        page = _render(request, "403.html")
    return HttpResponseForbidden(page)


def server_error(request):
    # Django calls this while it handles the exception, so the exception is at hand.
    if isinstance(sys.exception(), OperationalError | InterfaceError):
        return database_unavailable(request)
    return HttpResponseServerError(_render(request, "500.html"))


def database_unavailable(request):
    """503 with the help numbers when the database cannot be reached.

    nginx in front then serves its copy of the page if it has one (deploy/nginx/); nothing
    is kept from this answer, and the site recovers at the next request once the database
    is back (Django opens a new connection).
    """
    response = HttpResponse(_render(request, "503.html"), status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


@require_GET
def robots_txt(request):
    # The admin is left out: its pages tell robots not to index them, and naming it here
    # would tell everyone where DJANGO_ADMIN_URL moved it.
    lines = [
        "User-agent: *",
        "Allow: /",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def media_file(request, path):
    """An uploaded file, for `make serve` only (DJANGO_SERVE_MEDIA); nginx serves them on a
    server. Acts' documents are downloads, never shown in the browser."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if path.startswith("acts/"):
        response["Content-Disposition"] = "attachment"
    else:
        # As nginx serves them: images inline, without the stored name FileResponse adds.
        response.headers.pop("Content-Disposition", None)
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
