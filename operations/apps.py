from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Running the site in production: what pages say about their freshness, logs,
    health checks, backups."""

    name = "operations"
    verbose_name = _("Operations")

    def ready(self):
        # The check of the backup folder and what follows every restore.
        from . import backups  # noqa: F401
        from .freshness import watch_content

        # A write to what pages show starts a new content version.
        watch_content()
