import sqlite3

from dbbackup.db.exceptions import CommandConnectorError
from django.core.exceptions import SuspiciousOperation
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from operations.backups import (
    READ_ERRORS,
    backup_pair,
    check_gzip,
    check_media_archive,
    check_metadata,
)

# What dbrestore and mediarestore raise on a file they cannot use.
LIBRARY_ERRORS = (*READ_ERRORS, ValueError, sqlite3.Error, CommandConnectorError)


class Command(BaseCommand):
    help = (
        "Restore a backup written by sitebackup: the database (dbrestore) and the files "
        "under MEDIA_ROOT (mediarestore). It replaces everything in the database; files in "
        "MEDIA_ROOT with the names of the backup's are replaced, others are left. Both files "
        "are checked first: if one is damaged, nothing is changed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "archive", help="either file of the backup (…-database.….gz or …-media.tar.gz)"
        )
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="do not ask for confirmation",
        )

    def handle(self, *args, archive, interactive=True, verbosity=1, **options):
        database_file, media_file = backup_pair(archive)
        check_gzip(database_file)
        check_metadata(database_file)
        check_media_archive(media_file)
        if interactive:
            answer = input(
                f"This replaces everything in the database {connection.settings_dict['NAME']} "
                f"with {database_file.name}, and restores {media_file.name}. Type 'yes' to go "
                "on: "
            )
            if answer != "yes":
                raise CommandError("Restore cancelled: nothing was changed.")
        library = {
            "uncompress": True,
            "interactive": False,
            "verbosity": verbosity,
            "quiet": verbosity < 2,
        }
        try:
            call_command("dbrestore", input_path=str(database_file), **library)
        except (*LIBRARY_ERRORS, CommandError) as error:
            # pg_restore runs in one transaction; SQLite's copy is checked, then put in place
            # in one step.
            raise CommandError(
                f"The database could not be restored from {database_file}: {error}\n"
                "Nothing was changed."
            ) from None
        try:
            call_command("mediarestore", input_path=str(media_file), replace=True, **library)
        except (*LIBRARY_ERRORS, SuspiciousOperation) as error:
            raise CommandError(
                f"The database was restored, but not every file of {media_file}: {error}\n"
                "Fix the cause and run the same restore again."
            ) from None
        self.stdout.write(
            f"Restored the database from {database_file} and MEDIA_ROOT from {media_file}. "
            "Staff sign in again (sessions are not in backups). If this version of the site "
            "is newer than the backup, run `manage.py migrate` now."
        )
