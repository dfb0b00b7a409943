from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.urls import reverse

from .models import HelpDesk, Municipality, Organisation, Protocol
from .views import DESKS_PER_PAGE


class TranslatedSitemap(Sitemap):
    """Every page in every language, each with its hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True


class HelpDeskSitemap(TranslatedSitemap):
    priority = 0.9

    def items(self):
        return HelpDesk.objects.published().order_by("pk")


class OrganisationSitemap(TranslatedSitemap):
    def items(self):
        return Organisation.objects.published().order_by("pk")


class ProtocolSitemap(TranslatedSitemap):
    def items(self):
        return Protocol.objects.published().order_by("pk")


class MunicipalitySitemap(TranslatedSitemap):
    priority = 0.8

    def items(self):
        return Municipality.objects.order_by("istat_code")


class HelpDeskListSitemap(TranslatedSitemap):
    """The pages of the desk list after the first (the first is a section of the site)."""

    priority = 0.8

    def items(self):
        return Paginator(HelpDesk.objects.published(), DESKS_PER_PAGE).page_range[1:]

    def location(self, page):
        return reverse("network:helpdesks-page", kwargs={"pagina": page})
