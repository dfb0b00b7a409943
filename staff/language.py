"""The admin's language: Italian for every editor unless she chooses another of the
site's languages (the form in the admin's header). The choice is kept in her session, so
it needs no cookie of its own and ends when she signs out; public pages take their
language from their address as always."""

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from operations.tracking import is_admin

SESSION_KEY = "admin_language"
LANGUAGES = {code for code, _name in settings.LANGUAGES}


class AdminLanguageMiddleware:
    """After LocaleMiddleware (which gives every address without a language prefix, the
    admin's too, the site's default language): the language the staff member chose."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_admin(request.META) and settings.SESSION_COOKIE_NAME in request.COOKIES:
            chosen = request.session.get(SESSION_KEY)
            if chosen in LANGUAGES:
                translation.activate(chosen)
                request.LANGUAGE_CODE = chosen
        return self.get_response(request)


@require_POST
def choose(request, site):
    """Keep the language chosen in the admin's header, then go back to the page."""
    language = request.POST.get("language", "")
    if language not in LANGUAGES:
        return HttpResponseBadRequest()
    request.session[SESSION_KEY] = language
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ) or not is_admin({"PATH_INFO": back}):
        back = reverse("admin:index", current_app=site.name)
    return redirect(back)
