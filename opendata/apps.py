from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    """The network's directory as open data (CC BY 4.0) at stable addresses under /dati/,
    documented on /dati/. Uses network; network does not know it."""

    name = "opendata"
    verbose_name = _("Open data")
