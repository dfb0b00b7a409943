from django.urls import reverse

from network.sitemaps import TranslatedSitemap

from .models import Deliberation, Page


class SectionSitemap(TranslatedSitemap):
    priority = 1.0

    def items(self):
        return [
            "pages:home",
            "network:helpdesks",
            "network:network",
            "pages:acts",
            "pages:contacts",
            "opendata:index",
        ]

    def location(self, item):
        return reverse(item)


class PageSitemap(TranslatedSitemap):
    def items(self):
        # The desks' intro text is shown on the desk list, already a section above.
        return Page.objects.published().exclude(slug="sportelli").order_by("pk")

    def lastmod(self, page):
        return page.last_updated


class DeliberationSitemap(TranslatedSitemap):
    def items(self):
        return Deliberation.objects.published().order_by("date", "pk")
