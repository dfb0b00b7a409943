"""Backups of the whole site: the database content and the uploaded media in one archive.

``pariopportunita-YYYYmmdd-HHMMSS.tar.gz`` holds::

    data.json        every object, in Django's JSON serialisation with natural keys
    media/<path>     every file under MEDIA_ROOT
    manifest.json    format version, date, Django version, applied migrations, object
                     counts per model, size and sha256 of data.json and of every file

Left out: content types and permissions (``migrate`` makes them; the archive names them
by natural key, so they are matched by name in a fresh database), sessions (everyone signs
in again) and django-axes' failed sign-ins and lockouts (transient). The admin's log of
who changed what is kept: it is part of the accountability the history gives.

A restore goes into an empty database (just migrated) with the same migrations applied,
in one transaction: if anything fails, the database is left as it was and no media file
is left behind.
"""

import contextlib
import datetime
import hashlib
import io
import json
import os
import tarfile
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import django
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.json import Serializer as JSONSerializer
from django.db import DEFAULT_DB_ALIAS, connections, models, router, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone, translation

FORMAT = "pariopportunita-backup"
FORMAT_VERSION = 1
KNOWN_FORMAT_VERSIONS = {1}
ARCHIVE_PREFIX = "pariopportunita-"
ARCHIVE_SUFFIX = ".tar.gz"
MANIFEST = "manifest.json"
DATA = "data.json"
MEDIA_DIR = "media/"
CHUNK = 1024 * 1024

# The content version is not content: a restore starts a new one.
EXCLUDED_MODELS = {
    "contenttypes.contenttype",
    "auth.permission",
    "sessions.session",
    "operations.contentversion",
}
EXCLUDED_APPS = {"axes"}
# Rows of these models may exist right after `migrate` (the "Redattori" group comes from a
# data migration): they do not make a database "not empty", and the archive's rows are
# matched to them by natural key (the name), never duplicated.
MERGED_BY_NATURAL_KEY = {"auth.group"}


class BackupError(Exception):
    """An expected problem, told to the operator in one clear message."""


class RestoreError(Exception):
    """An expected problem, told to the operator in one clear message.

    Raised before anything is changed, or with every change undone.
    """


# --- What goes in the archive


def archived_models(using=DEFAULT_DB_ALIAS):
    """The models whose rows the archive holds, in an order that loads cleanly."""
    app_list = []
    for app_config in apps.get_app_configs():
        if app_config.label in EXCLUDED_APPS:
            continue
        app_models = [
            model
            for model in app_config.get_models()
            if not model._meta.proxy
            and model._meta.managed
            and model._meta.label_lower not in EXCLUDED_MODELS
            and router.allow_migrate_model(using, model)
        ]
        if app_models:
            app_list.append((app_config, app_models))
    return serializers.sort_dependencies(app_list, allow_cycles=True)


def _keeps_primary_key(model):
    # Users keep their id (nothing made by `migrate` can clash with it: the target database
    # holds no user), so ids kept as text elsewhere, e.g. in the admin's log, stay right.
    return model is get_user_model()


class _Encoder(DjangoJSONEncoder):
    """Django's encoder, without its rounding of times to milliseconds."""

    def default(self, o):
        if isinstance(o, datetime.datetime):
            return o.isoformat()
        if isinstance(o, datetime.time) and not timezone.is_aware(o):
            return o.isoformat()
        return super().default(o)


class _Serializer(JSONSerializer):
    def get_dump_object(self, obj):
        data = super().get_dump_object(obj)
        if "pk" not in data and _keeps_primary_key(type(obj)):
            data["pk"] = self._value_from_field(obj, obj._meta.pk)
        return data


def _queryset(model, using):
    # The base manager: every row, whatever the default manager filters.
    return model._base_manager.using(using).order_by(model._meta.pk.name)


def applied_migrations(using=DEFAULT_DB_ALIAS):
    """{app label: sorted names of its applied migrations}."""
    recorder = MigrationRecorder(connections[using])
    if not recorder.has_table():
        return {}
    applied = {}
    for app_label, name in recorder.applied_migrations():
        applied.setdefault(app_label, []).append(name)
    return {app_label: sorted(names) for app_label, names in sorted(applied.items())}


def _dump(stream, using):
    """Write every archived object to `stream`; return (counts, names in file fields)."""
    counts, referenced = {}, set()

    def objects():
        for model in archived_models(using):
            label = model._meta.label_lower
            counts[label] = 0
            file_fields = [
                f for f in model._meta.concrete_fields if isinstance(f, models.FileField)
            ]
            for obj in _queryset(model, using).iterator(chunk_size=1000):
                counts[label] += 1
                for file_field in file_fields:
                    name = file_field.value_from_object(obj).name
                    if name:
                        referenced.add(name)
                yield obj

    _Serializer().serialize(
        objects(),
        stream=stream,
        use_natural_foreign_keys=True,
        use_natural_primary_keys=True,
        cls=_Encoder,
    )
    return counts, referenced


# --- Files


def _sha256_file(file_object):
    digest, size = hashlib.sha256(), 0
    while chunk := file_object.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


class _HashingReader:
    """Reads a file for tarfile and hashes exactly the bytes that went into the archive."""

    def __init__(self, file_object):
        self.file_object = file_object
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.file_object.read(size)
        self.digest.update(data)
        return data


def _tar_info(name, size, mtime):
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(mtime)
    info.mode = 0o644
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def _media_files(media_root):
    """(relative POSIX paths of the regular files under MEDIA_ROOT, skipped paths)."""
    files, skipped = [], []
    if not media_root.is_dir():
        return files, skipped
    for directory, dirnames, filenames in os.walk(media_root):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(directory, name)
            relative = path.relative_to(media_root).as_posix()
            if path.is_symlink() or not path.is_file():
                skipped.append(relative)
            else:
                files.append(relative)
        # Symbolic links to directories are not followed, only reported.
        for name in dirnames:
            if Path(directory, name).is_symlink():
                skipped.append(Path(directory, name).relative_to(media_root).as_posix())
    return files, skipped


def _listed(items, separator=", ", limit=6):
    shown = separator.join(items[:limit])
    return f"{shown} and {len(items) - limit} more" if len(items) > limit else shown


def _is_within(path, directory):
    try:
        path.relative_to(directory)
    except ValueError:
        return False
    return True


# --- Backup


@dataclass
class BackupResult:
    path: Path
    objects: int
    models: int
    files: int
    size: int
    missing: list = field(default_factory=list)
    skipped: list = field(default_factory=list)


def default_backup_dir():
    return Path(os.environ.get("DJANGO_BACKUP_DIR") or Path(settings.BASE_DIR, "var", "backups"))


def create_backup(output_dir=None, using=DEFAULT_DB_ALIAS):
    """Write a new archive into `output_dir` and return what it holds."""
    output_dir = Path(output_dir or default_backup_dir()).resolve()
    media_root = Path(settings.MEDIA_ROOT).resolve()
    if _is_within(output_dir, media_root):
        raise BackupError(
            f"The backup directory {output_dir} is inside MEDIA_ROOT ({media_root}), which the "
            "site may serve to anyone. Choose a private directory with --output or "
            "DJANGO_BACKUP_DIR."
        )
    try:
        output_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(f"Cannot create the backup directory {output_dir}: {error}") from None

    created = timezone.localtime()
    final = output_dir / f"{ARCHIVE_PREFIX}{created:%Y%m%d-%H%M%S}{ARCHIVE_SUFFIX}"
    if final.exists():
        raise BackupError(f"{final} already exists: run the backup again in a second.")

    try:
        descriptor, partial = tempfile.mkstemp(
            prefix=f".{final.name}.", suffix=".partial", dir=output_dir
        )
    except OSError as error:
        raise BackupError(f"Cannot write into {output_dir}: {error}") from None
    try:
        os.fchmod(descriptor, 0o600)
        with os.fdopen(descriptor, "wb") as raw:
            result = _write_archive(raw, final, created, media_root, using)
            raw.flush()
            os.fsync(raw.fileno())
        # Only a complete archive ever has the final name.
        os.replace(partial, final)
        _fsync_directory(output_dir)
    except BaseException as error:
        Path(partial).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise BackupError(f"The backup failed, nothing was written: {error}") from error
        raise
    result.size = final.stat().st_size
    return result


def _fsync_directory(directory):
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _read_database(data_file, using):
    """Dump the data and read the migrations in one transaction: one consistent state."""
    connection = connections[using]
    outermost = not connection.in_atomic_block
    with transaction.atomic(using=using), translation.override(settings.LANGUAGE_CODE):
        if outermost and connection.vendor == "postgresql":
            # One snapshot for every query, while the site keeps writing.
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        migrations = applied_migrations(using)
        text = io.TextIOWrapper(data_file, encoding="utf-8", newline="\n")
        counts, referenced = _dump(text, using)
        text.flush()
        text.detach()
    return migrations, counts, referenced


def _write_archive(raw, final, created, media_root, using):
    with tempfile.TemporaryFile() as data_file:
        migrations, counts, referenced = _read_database(data_file, using)
        data_file.seek(0)
        data_sha256, data_size = _sha256_file(data_file)
        data_file.seek(0)

        media, skipped = [], []
        with tarfile.open(fileobj=raw, mode="w:gz", format=tarfile.PAX_FORMAT) as tar:
            tar.addfile(_tar_info(DATA, data_size, created.timestamp()), data_file)
            relative_paths, skipped = _media_files(media_root)
            for relative in relative_paths:
                try:
                    with open(media_root / relative, "rb") as source:
                        status = os.fstat(source.fileno())
                        reader = _HashingReader(source)
                        info = _tar_info(MEDIA_DIR + relative, status.st_size, status.st_mtime)
                        tar.addfile(info, reader)
                except FileNotFoundError:
                    # Deleted by the site while the backup ran (a replaced upload); if the
                    # data still names it, it is reported as missing.
                    continue
                media.append(
                    {"path": relative, "size": status.st_size, "sha256": reader.digest.hexdigest()}
                )
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "created": created.isoformat(),
                "django_version": django.get_version(),
                "database": connections[using].vendor,
                "migrations": migrations,
                "counts": counts,
                "data": {"path": DATA, "size": data_size, "sha256": data_sha256},
                "media": media,
            }
            encoded = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
            tar.addfile(_tar_info(MANIFEST, len(encoded), created.timestamp()), io.BytesIO(encoded))

    archived = {item["path"] for item in media}
    return BackupResult(
        path=final,
        objects=sum(counts.values()),
        models=sum(1 for count in counts.values() if count),
        files=len(media),
        size=0,
        missing=sorted(referenced - archived),
        skipped=sorted(skipped),
    )


# --- Restore: reading and checking the archive


def _member_name(member):
    """The member's name if it is a regular file with a safe relative name, else None."""
    if not member.isreg():
        return None
    path = PurePosixPath(member.name)
    if path.is_absolute() or any(part in {"", ".", ".."} for part in member.name.split("/")):
        return None
    return member.name


def _damaged(archive, error):
    return RestoreError(
        f"The archive {archive} is damaged or incomplete (a truncated copy?): {error}. "
        "Use another copy of the archive."
    )


def read_archive(archive, workdir):
    """Check the whole archive; return its manifest, with data.json copied into `workdir`.

    Every media file's checksum is verified here, before anything is changed.
    """
    archive = Path(archive)
    if not archive.is_file():
        raise RestoreError(f"There is no archive at {archive}.")
    manifest_bytes, data_path, data_check, media_checks = None, None, None, {}
    seen = set()
    try:
        with tarfile.open(archive, mode="r:gz") as tar:
            for member in tar:
                name = _member_name(member)
                if name is None or name in seen:
                    raise RestoreError(
                        f"The archive {archive} holds an unexpected entry {member.name!r}: it "
                        "was not made by backup_site, or it was altered."
                    )
                seen.add(name)
                source = tar.extractfile(member)
                if name == MANIFEST:
                    manifest_bytes = source.read()
                elif name == DATA:
                    data_path = Path(workdir, DATA)
                    with open(data_path, "wb") as target:
                        reader = _HashingReader(source)
                        while chunk := reader.read(CHUNK):
                            target.write(chunk)
                    data_check = (reader.digest.hexdigest(), member.size)
                elif name.startswith(MEDIA_DIR) and len(name) > len(MEDIA_DIR):
                    media_checks[name.removeprefix(MEDIA_DIR)] = _sha256_file(source)
                else:
                    raise RestoreError(
                        f"The archive {archive} holds an unexpected file {name!r}: it was not "
                        "made by backup_site."
                    )
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        raise _damaged(archive, error) from None

    if manifest_bytes is None:
        raise RestoreError(
            f"The archive {archive} has no {MANIFEST}: it is incomplete or was not made by "
            "backup_site."
        )
    manifest = _parse_manifest(archive, manifest_bytes)
    _check_contents(archive, manifest, data_path, data_check, media_checks)
    return manifest, data_path


def _parse_manifest(archive, raw):
    try:
        manifest = json.loads(raw)
    except ValueError:
        raise RestoreError(f"The manifest of {archive} is not valid JSON.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise RestoreError(f"{archive} is not a backup of this site (unknown manifest).")
    version = manifest.get("format_version")
    if version not in KNOWN_FORMAT_VERSIONS:
        raise RestoreError(
            f"{archive} has backup format version {version!r}, which this version of the site "
            f"does not know (it reads {sorted(KNOWN_FORMAT_VERSIONS)}). Restore it with the "
            "version of the site that made it."
        )
    try:
        valid = (
            isinstance(manifest["migrations"], dict)
            and isinstance(manifest["counts"], dict)
            and isinstance(manifest["data"]["sha256"], str)
            and isinstance(manifest["data"]["size"], int)
            and all(
                isinstance(item["path"], str)
                and isinstance(item["sha256"], str)
                and isinstance(item["size"], int)
                for item in manifest["media"]
            )
        )
    except (KeyError, TypeError):
        valid = False
    if not valid:
        raise RestoreError(f"The manifest of {archive} is incomplete.")
    return manifest


def _check_contents(archive, manifest, data_path, data_check, media_checks):
    problems = []
    if data_path is None:
        problems.append(f"{DATA} is missing")
    elif data_check != (manifest["data"]["sha256"], manifest["data"]["size"]):
        problems.append(f"{DATA} does not match its checksum")
    listed = {item["path"]: (item["sha256"], item["size"]) for item in manifest["media"]}
    for path in sorted(listed.keys() - media_checks.keys()):
        problems.append(f"media file {path} is missing")
    for path in sorted(media_checks.keys() - listed.keys()):
        problems.append(f"media file {path} is not in the manifest")
    for path in sorted(listed.keys() & media_checks.keys()):
        if listed[path] != media_checks[path]:
            problems.append(f"media file {path} does not match its checksum")
    if problems:
        raise RestoreError(
            f"The archive {archive} is damaged: {_listed(problems, '; ')}. Nothing was "
            "changed; use another copy of the archive."
        )


def check_schema(manifest, using=DEFAULT_DB_ALIAS):
    """The database must have exactly the migrations the archive was made with.

    Apps the archive holds no data of (sessions, django-axes, content types) are not
    compared: their tables are not restored.
    """
    current = applied_migrations(using)
    if not current:
        raise RestoreError(
            "This database has no tables yet: run `manage.py migrate` first, then restore."
        )
    recorded = manifest["migrations"]
    app_labels = {label.split(".")[0] for label in manifest["counts"]} | {
        model._meta.app_label for model in archived_models(using)
    }
    problems = []
    for app_label in sorted(app_labels):
        in_archive = set(recorded.get(app_label, []))
        here = set(current.get(app_label, []))
        if in_archive == here:
            continue
        if in_archive - here:
            problems.append(
                f"app '{app_label}': the archive was made with migrations this database has "
                f"not applied ({', '.join(sorted(in_archive - here))}). If this version of the "
                "site has them, run `manage.py migrate`; otherwise restore with the version "
                "of the site that made the archive."
            )
        if here - in_archive:
            problems.append(
                f"app '{app_label}': this database has migrations the archive was made "
                f"without ({', '.join(sorted(here - in_archive))}). Restore with the version "
                "of the site that made the archive into a database migrated by it, then "
                "update the site and run `manage.py migrate`."
            )
    if problems:
        raise RestoreError(
            "The archive does not fit this database's schema:\n- " + "\n- ".join(problems)
        )


def check_empty(using=DEFAULT_DB_ALIAS):
    """Refuse a database that already holds content (or users)."""
    found = []
    for model in archived_models(using):
        if model._meta.label_lower in MERGED_BY_NATURAL_KEY:
            continue
        count = model._base_manager.using(using).count()
        if count:
            found.append(f"{model._meta.label_lower} ({count})")
    if found:
        raise RestoreError(
            f"The database is not empty: it already holds {_listed(found)}. A restore goes into an "
            "empty database only, so that nothing is mixed or overwritten: create a new "
            "database (or move db.sqlite3 away), run `manage.py migrate`, then restore again."
        )


def _media_target(media_root, relative):
    # `relative` was checked when the archive was read: no "..", not absolute.
    return media_root.joinpath(*relative.split("/"))


def check_media_conflicts(manifest, media_root):
    """Media files already present must be identical to the archive's; returns those."""
    identical, conflicts = set(), []
    for item in manifest["media"]:
        target = _media_target(media_root, item["path"])
        if not os.path.lexists(target):
            continue
        if target.is_file() and not target.is_symlink():
            with open(target, "rb") as existing:
                if _sha256_file(existing) == (item["sha256"], item["size"]):
                    identical.add(item["path"])
                    continue
        conflicts.append(item["path"])
    if conflicts:
        raise RestoreError(
            f"MEDIA_ROOT ({media_root}) already has different files with the names of "
            f"{len(conflicts)} of the archive's files: {_listed(conflicts)}. Move them away "
            "(or restore into an empty MEDIA_ROOT)."
        )
    return identical


# --- Restore: writing


class _MediaWriter:
    """Writes media files under MEDIA_ROOT, remembering what it created so as to undo it."""

    def __init__(self, media_root):
        self.media_root = media_root
        self.created_files = []
        self.created_dirs = []

    def _make_parents(self, target):
        missing = []
        parent = target.parent
        while not parent.exists():
            missing.append(parent)
            parent = parent.parent
        for directory in reversed(missing):
            mode = settings.FILE_UPLOAD_DIRECTORY_PERMISSIONS
            directory.mkdir()
            if mode is not None:
                directory.chmod(mode)
            self.created_dirs.append(directory)

    def write(self, relative, source, expected_sha256, mtime):
        target = _media_target(self.media_root, relative)
        self._make_parents(target)
        descriptor, partial = tempfile.mkstemp(prefix=".restore-", dir=target.parent)
        try:
            with os.fdopen(descriptor, "wb") as output:
                reader = _HashingReader(source)
                while chunk := reader.read(CHUNK):
                    output.write(chunk)
                output.flush()
                os.fsync(output.fileno())
            if reader.digest.hexdigest() != expected_sha256:
                raise RestoreError(f"The media file {relative} changed while it was restored.")
            mode = settings.FILE_UPLOAD_PERMISSIONS
            if mode is None:
                umask = os.umask(0)
                os.umask(umask)
                mode = 0o666 & ~umask
            os.chmod(partial, mode)
            os.utime(partial, (mtime, mtime))
            if os.path.lexists(target):
                raise RestoreError(f"The media file {relative} appeared while it was restored.")
            os.replace(partial, target)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
        self.created_files.append(target)

    def undo(self):
        for path in reversed(self.created_files):
            path.unlink(missing_ok=True)
        for directory in reversed(self.created_dirs):
            with contextlib.suppress(OSError):
                directory.rmdir()


def _restore_media(archive, manifest, writer, identical):
    expected = {item["path"]: item["sha256"] for item in manifest["media"]}
    written = 0
    try:
        with tarfile.open(archive, mode="r:gz") as tar:
            for member in tar:
                name = _member_name(member)
                if not name or not name.startswith(MEDIA_DIR):
                    continue
                relative = name.removeprefix(MEDIA_DIR)
                if relative in identical or relative not in expected:
                    continue
                writer.write(relative, tar.extractfile(member), expected[relative], member.mtime)
                written += 1
    except (tarfile.TarError, EOFError, zlib.error) as error:
        raise _damaged(archive, error) from None
    except OSError as error:
        raise RestoreError(
            f"A media file could not be written under {writer.media_root}: {error}."
        ) from None
    return written


def _check_counts(manifest, before_merged, using):
    problems = []
    for label, expected in manifest["counts"].items():
        try:
            model = apps.get_model(label)
        except LookupError:
            problems.append(f"this site has no model {label}")
            continue
        count = model._base_manager.using(using).count()
        if label in MERGED_BY_NATURAL_KEY:
            ok = expected <= count <= expected + before_merged.get(label, 0)
        else:
            ok = count == expected
        if not ok:
            problems.append(f"{label}: {count} rows instead of {expected}")
    if problems:
        raise RestoreError(
            f"The restored data does not match the archive's manifest ({_listed(problems, '; ')})."
        )


@dataclass
class RestoreResult:
    created: str
    objects: int
    models: int
    files: int
    already_present: int


def restore_backup(archive, using=DEFAULT_DB_ALIAS):
    """Check `archive`, then load it into the empty database and MEDIA_ROOT."""
    from operations.freshness import content_changed

    archive = Path(archive)
    media_root = Path(settings.MEDIA_ROOT).resolve()
    with tempfile.TemporaryDirectory(prefix="pariopportunita-restore-") as workdir:
        manifest, data_path = read_archive(archive, workdir)
        check_schema(manifest, using)
        identical = check_media_conflicts(manifest, media_root)
        writer = _MediaWriter(media_root)
        try:
            with transaction.atomic(using=using), translation.override(settings.LANGUAGE_CODE):
                check_empty(using)
                before_merged = {
                    label: apps.get_model(label)._base_manager.using(using).count()
                    for label in MERGED_BY_NATURAL_KEY
                }
                if sum(manifest["counts"].values()):
                    try:
                        call_command(
                            "loaddata",
                            str(data_path),
                            database=using,
                            verbosity=0,
                            stdout=io.StringIO(),
                        )
                    except RestoreError:
                        raise
                    except Exception as error:
                        raise RestoreError(
                            f"The data in {archive} could not be loaded: {error}."
                        ) from error
                _check_counts(manifest, before_merged, using)
                written = _restore_media(archive, manifest, writer, identical)
        except BaseException:
            writer.undo()
            raise
    # Pages cached before the restore show what the database held then.
    content_changed()
    counts = manifest["counts"]
    return RestoreResult(
        created=manifest.get("created", "?"),
        objects=sum(counts.values()),
        models=sum(1 for count in counts.values() if count),
        files=written,
        already_present=len(identical),
    )
