"""An Atom feed of the published acts, in each of the site's languages (issue 18):
/atti/feed/, /en/atti/feed/… A feed reader learns of a new act without visiting.

Titles and summaries are in the feed's language where translated, in Italian otherwise
(modeltranslation's fallback, as on the pages); each entry is dated by its act.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.http import http_date
from django.utils.translation import gettext_lazy as _

from operations.freshness import last_modified

from .models import Deliberation, SiteSettings

# Enough for a reader to catch up; the acts page lists them all.
FEED_LENGTH = 50


class ActsFeed(Feed):
    feed_type = Atom1Feed
    title = _("Acts – Equal Opportunities Service of the Province of Asti")
    subtitle = _(
        "Deliberations and other acts on equal opportunities and the anti-violence network "
        "of the Province of Asti."
    )

    def __call__(self, request, *args, **kwargs):
        # Django dates the feed by its newest act; an act published later with an older
        # date would then be "not modified". The content version's start is the truth.
        response = super().__call__(request, *args, **kwargs)
        del response["Last-Modified"]
        changed = last_modified(request)
        if changed is not None:
            response["Last-Modified"] = http_date(changed.timestamp())
        return response

    def link(self):
        return reverse("pages:acts")

    def author_name(self):
        settings = SiteSettings.load()
        return f"{settings.service_name} – {settings.body_name}"

    def items(self):
        return Deliberation.objects.published().order_by("-date", "-pk")[:FEED_LENGTH]

    def item_title(self, act):
        return f"{act.title} ({act.get_issuing_body_display()}, {act.reference})"

    def item_description(self, act):
        return act.summary

    def item_pubdate(self, act):
        # An act is dated, not timed: midnight in Rome on its date.
        return datetime.datetime.combine(act.date, datetime.time(), timezone.get_default_timezone())

    def item_updateddate(self, act):
        return self.item_pubdate(act)
