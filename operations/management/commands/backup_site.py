from django.core.management.base import BaseCommand, CommandError

from operations.backups import BackupError, create_backup, default_backup_dir


def _size(size):
    # In English, whatever the active language (filesizeformat would localise it).
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return None


class Command(BaseCommand):
    help = (
        "Write a dated archive (pariopportunita-YYYYmmdd-HHMMSS.tar.gz, mode 0600) of the "
        "database content and of every file under MEDIA_ROOT, with a manifest of checksums. "
        "Safe while the site runs. The archive holds password hashes and two-step "
        "verification secrets: keep it private."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            metavar="DIR",
            help=f"where to write the archive (default: DJANGO_BACKUP_DIR, else "
            f"{default_backup_dir()})",
        )

    def handle(self, *args, output=None, **options):
        try:
            result = create_backup(output)
        except BackupError as error:
            raise CommandError(str(error)) from None
        for name in result.missing:
            self.stderr.write(
                self.style.WARNING(
                    f"Warning: {name} is named in the database but was not in MEDIA_ROOT "
                    "(deleted while the backup ran, or lost earlier)."
                )
            )
        for name in result.skipped:
            self.stderr.write(
                self.style.WARNING(
                    f"Warning: {name} in MEDIA_ROOT is not a regular file: left out."
                )
            )
        self.stdout.write(str(result.path))
        self.stdout.write(
            f"Backed up {result.objects} objects of {result.models} models and "
            f"{result.files} media files ({_size(result.size)})."
        )
