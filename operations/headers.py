"""Security headers that Django has no setting for, and the same set for static files.

Static files are answered by WhiteNoise outside Django's middleware, so it adds the
headers through `static_file_headers` to keep "on every response" true.
"""

import re

from django.conf import settings
from django.utils.csp import build_policy

# ManifestStaticFilesStorage names: "site.3f2a9c1b7d4e.css".
HASHED_NAME = re.compile(r"\.[0-9a-f]{12}\.[A-Za-z0-9]+$")


def is_immutable(path, url):
    """WhiteNoise's `immutable_file_test`: a hashed name never changes."""
    return bool(HASHED_NAME.search(url))


class PermissionsPolicyMiddleware:
    """`Permissions-Policy`: the site uses no camera, microphone, location or sensors."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def static_file_headers(headers, path, url):
    """WhiteNoise's `add_headers_function`: the security headers of every page."""
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = settings.SECURE_REFERRER_POLICY
    headers["Cross-Origin-Opener-Policy"] = settings.SECURE_CROSS_ORIGIN_OPENER_POLICY
    headers["Permissions-Policy"] = settings.PERMISSIONS_POLICY
    headers["Content-Security-Policy"] = build_policy(settings.SECURE_CSP)
    if settings.SECURE_HSTS_SECONDS:
        value = f"max-age={settings.SECURE_HSTS_SECONDS}"
        if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
            value += "; includeSubDomains"
        if settings.SECURE_HSTS_PRELOAD:
            value += "; preload"
        headers["Strict-Transport-Security"] = value
