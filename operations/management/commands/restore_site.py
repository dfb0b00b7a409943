from django.core.management.base import BaseCommand, CommandError

from operations.backups import RestoreError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive written by backup_site into an empty database (just migrated, "
        "with the migrations the archive was made with) and into MEDIA_ROOT. The archive is "
        "checked first; if anything fails, nothing is changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the .tar.gz file written by backup_site")

    def handle(self, *args, archive, **options):
        try:
            result = restore_backup(archive)
        except RestoreError as error:
            raise CommandError(f"{error}\nNothing was changed.") from None
        present = ""
        if result.already_present:
            present = f" ({result.already_present} were already there)"
        self.stdout.write(
            f"Restored {result.objects} objects of {result.models} models and "
            f"{result.files + result.already_present} media files{present} from {archive}, "
            f"made {result.created}. Staff sign in again (sessions are not in backups)."
        )
