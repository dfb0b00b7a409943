import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path

from network.sitemaps import (
    HelpDeskListSitemap,
    HelpDeskSitemap,
    MunicipalitySitemap,
    OrganisationSitemap,
    ProtocolSitemap,
)
from opendata.urls import files as open_data_files
from opendata.urls import pages as open_data_pages
from operations.views import healthz, readyz
from pages.sitemaps import DeliberationSitemap, PageSitemap, SectionSitemap

from . import views

SITEMAPS = {
    "sections": SectionSitemap,
    "pages": PageSitemap,
    "desks": HelpDeskSitemap,
    "desk-list": HelpDeskListSitemap,
    "comuni": MunicipalitySitemap,
    "network": OrganisationSitemap,
    "protocols": ProtocolSitemap,
    "acts": DeliberationSitemap,
}

urlpatterns = [
    # admin.site is the staff app's site (two-step verification), at DJANGO_ADMIN_URL.
    path(settings.ADMIN_URL, admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("", include((open_data_files, "opendata"), namespace="opendata-files")),
]

urlpatterns += i18n_patterns(
    path("", include("network.urls")),
    path("", include((open_data_pages, "opendata"))),
    path("", include("pocketcard.urls")),
    # pages last: it ends with the catch-all for editable pages.
    path("", include("pages.urls")),
    prefix_default_language=False,
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.SERVE_MEDIA:
    # `make serve` has no proxy in front: the app serves the uploads itself (as attachments
    # for acts, like nginx does in deploy/nginx/). A server leaves this off.
    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            views.media_file,
        )
    ]

handler400 = "pariopportunita.views.bad_request"
handler403 = "pariopportunita.views.permission_denied"
handler404 = "pariopportunita.views.page_not_found"
handler500 = "pariopportunita.views.server_error"
