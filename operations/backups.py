"""Backups with django-dbbackup: what the site adds to the library.

`manage.py sitebackup` (`make backup`) runs the library's `dbbackup` and `mediabackup`
with one date, so the two files make a pair in DJANGO_BACKUP_DIR::

    pariopportunita-YYYYmmdd-HHMMSS-database.psql.bin.gz   pg_dump's custom format
        (or -database.sqlite3.gz, a copy made with SQLite's backup API), and its .metadata
    pariopportunita-YYYYmmdd-HHMMSS-media.tar.gz           every file under MEDIA_ROOT

`manage.py siterestore` (`make restore`) checks both files, then runs `dbrestore` and
`mediarestore`. Here: the check that backups never land inside MEDIA_ROOT, the SQLite
connector's restore, the checks of an archive before anything changes, and what follows
every restore, whichever command ran it.
"""

import gzip
import json
import shutil
import sqlite3
import tarfile
import tempfile
import zlib
from pathlib import Path, PurePosixPath

from dbbackup import settings as dbbackup_settings
from dbbackup import utils
from dbbackup.db.base import get_connector
from dbbackup.db.sqlite import SqliteBackupConnector
from dbbackup.signals import post_media_restore, post_restore
from django.apps import apps
from django.conf import settings
from django.core import checks
from django.core.files.storage import FileSystemStorage
from django.core.management.base import CommandError
from django.dispatch import receiver
from django.utils.module_loading import import_string

CHUNK = 1024 * 1024
# What a damaged or truncated file raises while it is read.
READ_ERRORS = (OSError, EOFError, zlib.error, tarfile.TarError)


class BackupError(CommandError):
    """An expected problem, told in one message (a CommandError: no traceback, whichever
    command meets it)."""


# --- Where backups go


def backup_dir():
    """The folder the library writes to, or None if its storage is not a local folder."""
    if not issubclass(import_string(dbbackup_settings.STORAGE), FileSystemStorage):
        return None
    # A FileSystemStorage without a location writes into MEDIA_ROOT.
    location = dbbackup_settings.STORAGE_OPTIONS.get("location") or settings.MEDIA_ROOT
    return Path(location).resolve()


def backup_dir_problem():
    """Why backups must not be written where they are configured to go, or None."""
    directory, media_root = backup_dir(), Path(settings.MEDIA_ROOT).resolve()
    if directory is not None and directory.is_relative_to(media_root):
        return (
            f"The backup directory {directory} is inside MEDIA_ROOT ({media_root}), which "
            "the site serves to anyone: backups hold password hashes and two-step "
            "verification secrets. Set DJANGO_BACKUP_DIR to a private folder."
        )
    return None


@checks.register
def check_backup_dir(app_configs, **kwargs):
    # An error stops every management command that runs the checks, dbbackup's included.
    problem = backup_dir_problem()
    return [checks.Error(problem, id="operations.E001")] if problem else []


# --- Names: a database file and a media file with one date


def backup_names(datestring):
    """(database file, media file) of the backup made at `datestring`, compressed."""
    database = utils.filename_generate(get_connector().extension, wildcard=datestring)
    media = utils.filename_generate("tar.gz", content_type="media", wildcard=datestring)
    return f"{database}.gz", media


def backup_pair(path):
    """The database and media files of the backup `path` belongs to (either file of the
    pair, or the database file's .metadata)."""
    path = Path(path)
    datestring = utils.filename_to_datestring(path.name)
    names = backup_names(datestring) if datestring else ()
    if path.name.removesuffix(".metadata") not in names:
        example = backup_names("YYYYmmdd-HHMMSS")
        raise BackupError(
            f"{path} is not a backup written by `manage.py sitebackup` for this database "
            f"(they are named {example[0]} and {example[1]}). An archive of the former "
            "format (one .tar.gz with a manifest.json) restores with the version of the "
            "site that made it."
        )
    pair = tuple(path.with_name(name) for name in names)
    for file in pair:
        if not file.is_file():
            raise BackupError(f"{file} is missing: a restore needs both files of the backup.")
    return pair


# --- Checking an archive before anything changes


def _damaged(path, error):
    return BackupError(
        f"{path} is damaged or incomplete (a truncated copy?): {error}. Use another copy."
    )


def check_gzip(path):
    """Read the whole file: gzip's checksum and length tell a damaged or truncated copy."""
    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(CHUNK):
                pass
    except READ_ERRORS as error:
        raise _damaged(path, error) from None


def check_metadata(database_file):
    """The .metadata the library writes beside a database file names the connector that
    dbrestore will import and call: only this site's own."""
    metadata_file = Path(f"{database_file}.metadata")
    if not metadata_file.exists():
        return
    expected = type(get_connector())
    try:
        metadata = json.loads(metadata_file.read_text(encoding="utf-8"))
        connector = metadata["connector"]
    except (OSError, ValueError, TypeError, KeyError) as error:
        raise _damaged(metadata_file, error) from None
    if connector != f"{expected.__module__}.{expected.__qualname__}":
        raise BackupError(
            f"{metadata_file} names the connector {connector!r}, not this site's "
            f"({expected.__module__}.{expected.__qualname__}): the backup was made for "
            "another kind of database, or the file was altered."
        )


def _is_safe_name(name):
    parts = name.split("/")
    return not PurePosixPath(name).is_absolute() and all(
        part not in {"", ".", ".."} and "\\" not in part for part in parts
    )


def check_media_archive(path):
    """Every entry a regular file (or folder) with a relative name inside MEDIA_ROOT."""
    check_gzip(path)
    try:
        with tarfile.open(path, "r:gz") as tar:
            for member in tar:
                if not (member.isreg() or member.isdir()) or not _is_safe_name(member.name):
                    raise BackupError(
                        f"{path} holds an unexpected entry {member.name!r}: it was not made "
                        "by `manage.py sitebackup`, or it was altered."
                    )
    except READ_ERRORS as error:
        raise _damaged(path, error) from None


# --- SQLite


def _check_sqlite_copy(path):
    # Reading the schema tells a file that is no SQLite database. (PRAGMA integrity_check
    # would need Django's SQL functions, which the site's indexes use.)
    try:
        copy = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            django = copy.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'django_migrations'"
            ).fetchone()
        finally:
            copy.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"The backup is not a SQLite database: {error}.") from None
    if not django:
        raise BackupError("The backup is a SQLite database, but not this site's.")


class SqliteConnector(SqliteBackupConnector):
    """The library's SQLite connector (a consistent copy made with SQLite's backup API while
    the site runs), restored with the same API instead of writing over the database file:
    checked first, replaced in one step under SQLite's lock, safe with the site running,
    and it works for the tests' in-memory database too."""

    def restore_dump(self, dump):
        with tempfile.NamedTemporaryFile(dir=dbbackup_settings.TMP_DIR, suffix=".sqlite3") as copy:
            shutil.copyfileobj(dump, copy, CHUNK)
            copy.flush()
            _check_sqlite_copy(copy.name)
            source = sqlite3.connect(f"file:{copy.name}?mode=ro", uri=True)
            try:
                self.connection.ensure_connection()
                source.backup(self.connection.connection)
            finally:
                source.close()


# --- After every restore (sitebackup's, or dbbackup's commands run by hand)


def _sanitise_rich_text():
    """pg_restore and SQLite write rows as they are in the archive, skipping the field's
    cleaning on save: clean every rich text again, as the admin would have."""
    from pages.fields import SanitisedHTMLField, sanitise_html

    for model in apps.get_models():
        names = [
            field.attname
            for field in model._meta.concrete_fields
            if isinstance(field, SanitisedHTMLField)
        ]
        if not names:
            continue
        for row in model._base_manager.values("pk", *names).iterator():
            cleaned = {name: sanitise_html(row[name]) for name in names}
            changed = {name: value for name, value in cleaned.items() if value != row[name]}
            if changed:
                model._base_manager.filter(pk=row["pk"]).update(**changed)


@receiver(post_restore, dispatch_uid="operations-after-database-restore")
def after_database_restore(**kwargs):
    from django.contrib.contenttypes.models import ContentType

    from operations.freshness import content_changed

    # Content types may have other ids than before.
    ContentType.objects.clear_cache()
    _sanitise_rich_text()
    # Sessions and sign-in lockouts are not part of a backup (PostgreSQL's leaves their
    # rows out; SQLite's copies the whole file): everyone signs in again.
    for app_label in ("sessions", "axes"):
        for model in apps.get_app_config(app_label).get_models():
            model._base_manager.all().delete()
    # The content version is not content: pages nginx kept are rendered again.
    content_changed()


@receiver(post_media_restore, dispatch_uid="operations-after-media-restore")
def after_media_restore(**kwargs):
    from operations.freshness import content_changed

    content_changed()
