"""Request bodies larger than the site can need are refused before they are read.

The public site takes one form, the page rating (a few short fields: a few KB at most);
only the admin takes uploads (a 20 MB document plus the form). A body over the limit for
its path is answered 413 from its Content-Length alone, before anything reads it, so that
an anonymous 60 MB post costs neither memory, nor disk, nor the time to receive it. A
public request whose body has no announced length (chunked) is answered 411: browsers
always announce the length of a form. nginx in front has the same limits
(deploy/nginx/); this is the bound when a request reaches gunicorn directly
(an app server's own port).

The answer is the site's error page (templates/413.html: the help numbers, the quick
exit), with the headers of every page: this middleware sits after the security
middlewares and LocaleMiddleware, and before anything that reads the body (the CSRF
check, the view).
"""

from django.conf import settings
from django.shortcuts import render

from .tracking import is_admin


def body_limit(environ):
    """The largest body a request to this path may carry, in bytes."""
    if is_admin(environ):
        return settings.REQUEST_BODY_LIMIT_ADMIN
    return settings.REQUEST_BODY_LIMIT_PUBLIC


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        status = self.refusal(request.META)
        if status:
            response = render(request, "413.html", status=status)
            response["Cache-Control"] = "no-store"
            return response
        return self.get_response(request)

    @staticmethod
    def refusal(environ):
        """413 for a body over the limit, 411 for a public body of unknown length, or None."""
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > body_limit(environ):
            return 413
        if not environ.get("CONTENT_LENGTH") and environ.get("HTTP_TRANSFER_ENCODING"):
            return None if is_admin(environ) else 411
        return None
