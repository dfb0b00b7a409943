from django.core.management.base import BaseCommand, CommandError

from operations.pagecache import content_changed


class Command(BaseCommand):
    help = (
        "Start a new content version, so that every app server renders each public page "
        "again at its next visit (after an upgrade, whose templates or translations changed "
        "pages that the page cache still holds). Run it after the last app server is reloaded."
    )

    def handle(self, *args, **options):
        if not content_changed():
            raise CommandError(
                "The page cache could not be reached: nothing was changed. Pages expire by "
                "themselves within DJANGO_PAGE_CACHE_SECONDS; try again once Redis answers."
            )
        self.stdout.write("Every public page will be rendered again at its next visit.")
