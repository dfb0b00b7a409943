import os
from pathlib import Path

from dbbackup import settings as dbbackup_settings
from dbbackup.storage import get_storage
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from operations.backups import backup_dir_problem, backup_names


def _size(size):
    # In English, whatever the active language (filesizeformat would localise it).
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return None


class Command(BaseCommand):
    help = (
        "Back up the database (dbbackup) and every file under MEDIA_ROOT (mediabackup), "
        "compressed, as a pair of files with one date in DJANGO_BACKUP_DIR (mode 0600). "
        "Safe while the site runs. They hold password hashes and two-step verification "
        "secrets: keep them private."
    )

    def handle(self, *args, verbosity=1, **options):
        if problem := backup_dir_problem():
            raise CommandError(problem)
        storage = get_storage().storage
        database, media = backup_names(timezone.localtime().strftime(dbbackup_settings.DATE_FORMAT))
        # The library writes hidden files, renamed once both are whole: a file with a
        # backup's name is always complete (a copy taken meanwhile skips names with a dot).
        final = {
            f".{database}.partial": database,
            f".{database}.partial.metadata": f"{database}.metadata",
            f".{media}.partial": media,
        }
        if any(storage.exists(name) for name in final.values()):
            raise CommandError(f"{storage.path(database)} already exists: run again in a second.")
        # mediabackup lists MEDIA_ROOT, which a site without uploads may not have yet.
        Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
        library = {"compress": True, "verbosity": verbosity, "quiet": verbosity < 2}
        try:
            call_command("dbbackup", output_filename=f".{database}.partial", **library)
            call_command("mediabackup", output_filename=f".{media}.partial", **library)
        except Exception as error:
            # pg_dump missing or failing, a full disk: no half of a backup is left.
            for name in final:
                if storage.exists(name):
                    storage.delete(name)
            raise CommandError(f"The backup failed, nothing was kept: {error}") from error
        # The database file last: it is the one a restore is usually given.
        for staged in sorted(final, key=lambda name: final[name] == database):
            os.replace(storage.path(staged), storage.path(final[staged]))
        self.stdout.write(storage.path(database))
        self.stdout.write(storage.path(media))
        self.stdout.write(
            f"Backed up the database ({_size(storage.size(database))}) and MEDIA_ROOT "
            f"({_size(storage.size(media))})."
        )
