"""The one security header that differs in the staff's admin."""

from django.conf import settings


class AdminReferrerPolicyMiddleware:
    """`Referrer-Policy: same-origin` on the admin's pages instead of the site's `no-referrer`.

    Under `no-referrer` a browser sends `Origin: null` with every form the page posts, and
    Django's CSRF check refuses it: staff could neither sign in nor save. `same-origin` still
    sends nothing to other sites. It must come after SecurityMiddleware, which then leaves the
    header as it is.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/" + settings.ADMIN_URL):
            response.headers["Referrer-Policy"] = "same-origin"
        return response
