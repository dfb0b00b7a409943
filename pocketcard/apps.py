from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PocketCardConfig(AppConfig):
    """The pocket safety card of each comune: a PDF drawn on the server, four A6 cards on
    an A4 sheet. Uses network; network does not know it."""

    name = "pocketcard"
    verbose_name = _("Pocket safety card")
