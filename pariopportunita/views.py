"""Project-wide error pages: the help numbers and the quick exit even when things fail.

Both render without touching the database, so they work when it is unreachable.
"""

from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.views.decorators.http import require_GET

from pages.context_processors import language_alternates
from pages.models import SiteSettings


def _render(request, template_name):
    context = {
        "request": request,
        "site_settings": SiteSettings.defaults(),
        "language_alternates": language_alternates(request),
    }
    return loader.get_template(template_name).render(context)


def page_not_found(request, exception=None):
    return HttpResponseNotFound(_render(request, "404.html"))


def server_error(request):
    return HttpResponseServerError(_render(request, "500.html"))


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
