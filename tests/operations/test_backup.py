"""Nothing lost: backup_site writes an archive, restore_site puts every object and file back.

The round trip runs on whichever database the suite uses (SQLite, or PostgreSQL with
DATABASE_URL): seeded content, a real image and a real PDF uploaded through the models, a
staff user with two-step verification, history, an admin log entry and a page rating.
"""

import datetime
import hashlib
import io
import json
import os
import re
import shutil
import stat
import tarfile
import threading
from importlib import import_module
from io import StringIO
from pathlib import Path

import pytest
import reversion
from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image
from reversion.models import Revision, Version

from network.models import HelpDesk
from operations import backups
from operations.freshness import current_version
from pages.models import Deliberation, Page, PageFeedback

EDITOR_GROUP_MIGRATION = import_module("pages.migrations.0003_editor_group")
ARCHIVE_NAME = re.compile(r"^pariopportunita-(\d{8})-(\d{6})\.tar\.gz$")
# Not in the archive: rebuilt by migrate, or transient.
# Left out of archives; the content version is not content (a restore starts a new one).
LEFT_OUT = {
    "contenttypes.contenttype",
    "auth.permission",
    "sessions.session",
    "operations.contentversion",
}


# --- Helpers


def png_bytes(size=(1200, 800)):
    output = io.BytesIO()
    Image.new("RGB", size, (200, 40, 90)).save(output, "PNG")
    return output.getvalue()


def pdf_bytes():
    output = io.BytesIO()
    Image.new("RGB", (100, 140), "white").save(output, "PDF")
    return output.getvalue()


def media_files():
    """{path under MEDIA_ROOT: sha256} of every file there."""
    root = Path(settings.MEDIA_ROOT)
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def snapshot():
    """Every object of every model the archive holds, serialised with natural keys.

    Django's own serialiser, independent of the backup code; the python format keeps
    datetimes to the microsecond.
    """
    result = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if label in LEFT_OUT or model._meta.app_label == "axes" or model._meta.proxy:
            continue
        objects = serializers.serialize(
            "python",
            model._base_manager.order_by("pk"),
            use_natural_foreign_keys=True,
            use_natural_primary_keys=True,
        )
        result[label] = sorted(json.dumps(obj, sort_keys=True, default=repr) for obj in objects)
    return result


def restore_editor_group():
    """The "Redattori" group as `migrate` creates it (see tests/browser/conftest.py)."""
    group, _created = Group.objects.get_or_create(name=EDITOR_GROUP_MIGRATION.EDITOR_GROUP)
    group.permissions.set(
        [
            Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")
            for app_label, model, actions in EDITOR_GROUP_MIGRATION.CONTENT_PERMISSIONS
            for action in actions
        ]
    )
    return group


def empty_site():
    """What a new installation has: a database just migrated, no media files.

    The flush runs inside the test's transaction, which rolls it back afterwards. The
    editors group is created again after a throwaway one, so its id differs from the
    archive's: the restore must match it by name.
    """
    if connection.vendor == "postgresql":
        # TRUNCATE refuses tables with foreign key checks still pending in the transaction.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    Group.objects.create(name="throwaway").delete()
    restore_editor_group()
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


def backup(tmp_path):
    out = StringIO()
    call_command("backup_site", output=str(tmp_path / "backups"), stdout=out)
    lines = out.getvalue().splitlines()
    return Path(lines[0]), lines[1]


def restore(archive):
    out = StringIO()
    call_command("restore_site", str(archive), stdout=out)
    return out.getvalue()


def rewrite_archive(source, target, change):
    """Copy an archive member by member; `change(name, data)` returns the new bytes."""
    with tarfile.open(source, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for member in old:
            data = change(member.name, old.extractfile(member).read())
            member.size = len(data)
            new.addfile(member, io.BytesIO(data))
    return target


def change_manifest(source, target, edit):
    def change(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        edit(manifest)
        return json.dumps(manifest).encode()

    return rewrite_archive(source, target, change)


@pytest.fixture(autouse=True)
def _fresh_content_type_cache():
    # A flush recreates the content types, maybe with other ids than after the rollback.
    yield
    ContentType.objects.clear_cache()


@pytest.fixture
def site_with_everything(seeded):
    """Seeded content plus everything a real site gathers over time."""
    User = get_user_model()
    # A gap in the ids: a restore that renumbered users would show.
    User.objects.create_user("temporaneo", password="x" * 16).delete()
    editor = User.objects.create_user(
        "lbianchi", "l.bianchi@example.org", "una password lunga", is_staff=True
    )
    editor.groups.add(Group.objects.get(name=EDITOR_GROUP_MIGRATION.EDITOR_GROUP))
    device = TOTPDevice.objects.create(user=editor, name="telefono", confirmed=True)

    page = Page.objects.create(
        title_it="Chi siamo", title_en="About us", slug="chi-siamo", image_alt_it="Una foto"
    )
    page.image.save("foto.png", ContentFile(png_bytes()))
    act = Deliberation.objects.create(
        issuing_body="giunta_provinciale",
        number="999",
        date=datetime.date(2024, 3, 8),
        title_it="Approvazione del protocollo",
        slug="approvazione-protocollo",
    )
    act.document.save("atto.pdf", ContentFile(pdf_bytes()))

    desk = HelpDesk.objects.order_by("pk").first()
    with reversion.create_revision():
        reversion.set_user(editor)
        reversion.set_comment("Orari aggiornati")
        desk.save()
    LogEntry.objects.create(
        user=editor,
        content_type=ContentType.objects.get_for_model(HelpDesk),
        object_id=str(desk.pk),
        object_repr=str(desk)[:200],
        action_flag=CHANGE,
        change_message="[]",
    )
    PageFeedback.objects.create(
        path="/sportelli/", rating=2, reason="not_clear", comment="Orari poco chiari", language="it"
    )
    return {"editor": editor, "device": device}


# --- The round trip


def test_a_backup_restored_into_an_empty_site_gives_back_every_object_and_file(
    site_with_everything, tmp_path
):
    before, files_before = snapshot(), media_files()
    editor, device = site_with_everything["editor"], site_with_everything["device"]
    # The test is worth something only if the site holds each kind of thing.
    for label in (
        "auth.user",
        "auth.group",
        "otp_totp.totpdevice",
        "reversion.revision",
        "reversion.version",
        "admin.logentry",
        "pages.pagefeedback",
        "pages.page",
        "pages.deliberation",
        "network.helpdesk",
        "network.municipality",
    ):
        assert before[label], label
    assert len(files_before) >= 5  # the image, its WebP renditions, the PDF
    original_group_id = Group.objects.get(name=EDITOR_GROUP_MIGRATION.EDITOR_GROUP).pk

    archive, summary = backup(tmp_path)
    assert "media files" in summary

    empty_site()
    assert get_user_model().objects.count() == 0 and media_files() == {}
    assert Group.objects.get().pk != original_group_id
    version_before = current_version()

    output = restore(archive)

    assert "Restored" in output
    assert snapshot() == before
    assert media_files() == files_before
    # The group made by the migration was matched by name, not duplicated.
    assert Group.objects.filter(name=EDITOR_GROUP_MIGRATION.EDITOR_GROUP).count() == 1
    # Users keep their ids, and staff can sign in with their password and their phone.
    restored = get_user_model().objects.get(username="lbianchi")
    assert restored.pk == editor.pk
    assert restored.check_password("una password lunga")
    restored_device = TOTPDevice.objects.get(user=restored)
    assert restored_device.persistent_id == device.persistent_id
    assert restored_device.verify_token(totp(restored_device.bin_key))
    # Uploads are found again by the rows that name them.
    page = Page.objects.get(slug="chi-siamo")
    assert page.image.size > 0 and page.image.renditions()
    assert Deliberation.objects.get(slug="approvazione-protocollo").document.read(5) == b"%PDF-"
    # Pages kept in front of the app are rendered again.
    assert current_version() not in (version_before, "-")
    # New rows get new ids (PostgreSQL's sequences were moved past the restored ones).
    desk_owner = HelpDesk.objects.order_by("pk").first().organisation
    PageFeedback.objects.create(path="/", rating=5, language="it")
    HelpDesk.objects.create(
        name="Nuovo sportello", slug="nuovo-sportello", kind="desk", organisation=desk_owner
    )


def test_the_archive_names_content_types_and_permissions_by_natural_key(
    site_with_everything, tmp_path
):
    archive, _summary = backup(tmp_path)
    with tarfile.open(archive, "r:gz") as tar:
        data = json.load(tar.extractfile("data.json"))
        manifest = json.load(tar.extractfile("manifest.json"))
    labels = {obj["model"] for obj in data}
    assert not labels & (LEFT_OUT | {"axes.accessattempt"})
    log = next(obj for obj in data if obj["model"] == "admin.logentry")
    assert log["fields"]["content_type"] == ["network", "helpdesk"]
    assert log["fields"]["user"] == ["lbianchi"]
    group = next(obj for obj in data if obj["model"] == "auth.group")
    assert "pk" not in group and ["view_page", "pages", "page"] in group["fields"]["permissions"]
    # Times keep their microseconds (Django's JSON encoder would round them).
    revision = Revision.objects.latest("pk")
    stored = next(
        obj for obj in data if obj["model"] == "reversion.revision" and obj["pk"] == revision.pk
    )
    assert datetime.datetime.fromisoformat(stored["fields"]["date_created"]) == (
        revision.date_created
    )
    # The manifest says what the archive holds and which schema it fits.
    assert manifest["format_version"] == 1
    assert manifest["counts"]["reversion.version"] == Version.objects.count()
    assert manifest["migrations"]["pages"][-1] == sorted(manifest["migrations"]["pages"])[-1]
    assert "0003_editor_group" in manifest["migrations"]["pages"]
    assert {item["path"]: item["sha256"] for item in manifest["media"]} == media_files()


def test_the_archive_is_private_and_named_with_its_date(db, tmp_path, monkeypatch):
    monkeypatch.setenv("DJANGO_BACKUP_DIR", str(tmp_path / "from-env"))
    out = StringIO()
    call_command("backup_site", stdout=out)
    archive = Path(out.getvalue().splitlines()[0])

    assert archive.parent == tmp_path / "from-env"
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    match = ARCHIVE_NAME.match(archive.name)
    assert match
    written = datetime.datetime.strptime("".join(match.groups()), "%Y%m%d%H%M%S")
    now = datetime.datetime.now()
    assert abs(now - written) < datetime.timedelta(minutes=1)
    # Nothing else is left in the directory (no half-written archive).
    assert os.listdir(archive.parent) == [archive.name]


def test_a_backup_is_never_written_inside_media_root(db):
    with pytest.raises(CommandError, match="inside MEDIA_ROOT"):
        call_command("backup_site", output=str(Path(settings.MEDIA_ROOT) / "backups"))
    assert not (Path(settings.MEDIA_ROOT) / "backups").exists()


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite lets no one write while the backup reads"
)
@pytest.mark.django_db(transaction=True)
def test_a_backup_made_while_the_site_writes_holds_one_consistent_state(tmp_path, monkeypatch):
    """A rating saved by another connection in the middle of the backup is not half in it.

    Transactional: the backup runs outside any test transaction, as in production. The
    flush afterwards removes the editors group; tests/browser re-create it.
    """
    PageFeedback.objects.create(path="/", rating=5, language="it")
    order = [model._meta.label_lower for model in backups.archived_models()]
    assert order.index("pages.pagefeedback") > 1
    queryset, calls = backups._queryset, []

    def concurrent_write():
        PageFeedback.objects.create(path="/cerca/", rating=1, language="it")
        connection.close()

    def queryset_with_a_write_in_between(model, using):
        calls.append(model)
        if len(calls) == 2:  # the first model has been read
            thread = threading.Thread(target=concurrent_write)
            thread.start()
            thread.join()
        return queryset(model, using)

    monkeypatch.setattr(backups, "_queryset", queryset_with_a_write_in_between)
    archive, _summary = backup(tmp_path)

    assert PageFeedback.objects.count() == 2
    with tarfile.open(archive, "r:gz") as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        data = json.load(tar.extractfile("data.json"))
    assert manifest["counts"]["pages.pagefeedback"] == 1
    assert [obj["fields"]["path"] for obj in data if obj["model"] == "pages.pagefeedback"] == ["/"]


# --- Refusals: nothing changes


def counts():
    return {
        model._meta.label_lower: model._base_manager.count() for model in backups.archived_models()
    }


def test_a_restore_into_a_database_with_content_is_refused(site_with_everything, tmp_path):
    archive, _summary = backup(tmp_path)
    before, files_before = snapshot(), media_files()

    with pytest.raises(CommandError, match="The database is not empty") as refusal:
        restore(archive)

    assert "auth.user" in str(refusal.value) and "migrate" in str(refusal.value)
    assert snapshot() == before and media_files() == files_before


@pytest.mark.parametrize("damage", ["checksum", "truncated", "bad-manifest"])
def test_a_damaged_archive_is_refused_and_nothing_changes(site_with_everything, tmp_path, damage):
    archive, _summary = backup(tmp_path)
    with tarfile.open(archive, "r:gz") as tar:
        image = next(name for name in tar.getnames() if name.endswith(".png"))
    if damage == "checksum":
        # Same size, one byte different: only the checksum can tell.
        def flip(name, data):
            return data[:100] + bytes([data[100] ^ 1]) + data[101:] if name == image else data

        archive = rewrite_archive(archive, tmp_path / "damaged.tar.gz", flip)
        expected = rf"damaged: media file {re.escape(image.removeprefix('media/'))} does not"
    elif damage == "truncated":
        data = archive.read_bytes()
        archive = tmp_path / "truncated.tar.gz"
        archive.write_bytes(data[: len(data) // 2])
        expected = "damaged or incomplete"
    else:
        archive = rewrite_archive(
            archive,
            tmp_path / "bad-manifest.tar.gz",
            lambda name, data: b"{}" if name == "manifest.json" else data,
        )
        expected = "not a backup of this site"
    empty_site()
    empty = counts()

    with pytest.raises(CommandError, match=expected) as refusal:
        restore(archive)

    assert "Nothing was changed" in str(refusal.value)
    assert counts() == empty
    assert media_files() == {}


def test_rich_text_from_an_archive_is_cleaned_like_text_saved_in_the_admin(
    site_with_everything, tmp_path
):
    """loaddata saves raw, skipping the field's own cleaning: a hand-made archive (with
    checksums to match) must not put a script on a page printed with |safe."""
    archive, _summary = backup(tmp_path)
    hostile = (
        '<p onclick="steal()">Chi siamo</p><script>alert(1)</script>'
        '<img src="x" onerror="alert(2)"><p><a href="javascript:alert(3)">link</a> '
        '<a href="https://example.org/">sito</a></p>'
    )
    changed = {}

    def tamper(name, data):
        if name == backups.DATA:
            objects = json.loads(data)
            for obj in objects:
                if obj["model"] == "pages.page" and obj["fields"]["slug"] == "chi-siamo":
                    obj["fields"]["body_it"] = obj["fields"]["body_en"] = hostile
            data = json.dumps(objects).encode()
            changed.update(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
        return data

    tampered = rewrite_archive(archive, tmp_path / "tampered.tar.gz", tamper)
    tampered = change_manifest(
        tampered, tmp_path / "resealed.tar.gz", lambda manifest: manifest["data"].update(changed)
    )
    empty_site()

    restore(tampered)

    page = Page.objects.get(slug="chi-siamo")
    for body in (page.body_it, page.body_en):
        assert body == (
            "<p>Chi siamo</p><p><a>link</a> "
            '<a href="https://example.org/" rel="noreferrer">sito</a></p>'
        )


def test_an_archive_from_another_schema_is_refused_with_what_to_do(site_with_everything, tmp_path):
    archive, _summary = backup(tmp_path)
    newer = change_manifest(
        archive,
        tmp_path / "newer.tar.gz",
        lambda manifest: manifest["migrations"]["pages"].append("0099_future_field"),
    )
    older = change_manifest(
        archive,
        tmp_path / "older.tar.gz",
        lambda manifest: manifest["migrations"]["network"].pop(),
    )
    last_network_migration = backups.applied_migrations()["network"][-1]
    empty_site()
    empty = counts()

    with pytest.raises(CommandError) as refusal:
        restore(newer)
    message = str(refusal.value)
    assert "app 'pages'" in message and "0099_future_field" in message
    assert "manage.py migrate" in message and "app 'network'" not in message

    with pytest.raises(CommandError) as refusal:
        restore(older)
    message = str(refusal.value)
    assert "app 'network'" in message and last_network_migration in message
    assert "version of the site that made the archive" in message

    assert counts() == empty and media_files() == {}


def test_an_unknown_format_version_is_refused(site_with_everything, tmp_path):
    archive, _summary = backup(tmp_path)
    future = change_manifest(
        archive, tmp_path / "future.tar.gz", lambda manifest: manifest.update(format_version=2)
    )
    empty_site()
    with pytest.raises(CommandError, match="format version 2"):
        restore(future)
    assert get_user_model().objects.count() == 0


def test_a_different_file_with_the_same_name_in_media_root_is_never_overwritten(
    site_with_everything, tmp_path
):
    archive, _summary = backup(tmp_path)
    files_before = media_files()
    pdf = next(name for name in files_before if name.endswith(".pdf"))
    empty_site()
    target = Path(settings.MEDIA_ROOT, pdf)
    target.parent.mkdir(parents=True)
    target.write_bytes(b"another document")

    with pytest.raises(CommandError, match=re.escape(pdf)):
        restore(archive)
    assert target.read_bytes() == b"another document"
    assert get_user_model().objects.count() == 0
    assert list(media_files()) == [pdf]

    # The same file already there is fine: it is kept as it is.
    with tarfile.open(archive, "r:gz") as tar:
        target.write_bytes(tar.extractfile(f"media/{pdf}").read())
    restore(archive)
    assert media_files() == files_before


def test_a_failure_half_way_leaves_the_database_and_media_root_as_they_were(
    site_with_everything, tmp_path, monkeypatch
):
    archive, _summary = backup(tmp_path)
    empty_site()
    empty = counts()
    write, written = backups._MediaWriter.write, []

    def write_then_fail(self, relative, *args):
        if written:
            raise OSError(28, "No space left on device")
        write(self, relative, *args)
        written.append(relative)

    monkeypatch.setattr(backups._MediaWriter, "write", write_then_fail)

    with pytest.raises(CommandError, match="No space left on device"):
        restore(archive)

    assert written  # the failure came after the data was loaded and a file written
    assert counts() == empty
    assert media_files() == {}
