"""Nothing lost: sitebackup writes a backup (django-dbbackup), siterestore puts every object
and file back.

The round trip runs on whichever database the suite uses: SQLite (SQLite's backup API) or
PostgreSQL with DATABASE_URL (pg_dump and pg_restore), on seeded content, a real image and
a real PDF uploaded through the models, a staff user with two-step verification, history,
an admin log entry and a page rating. pg_dump reads what is committed, so these tests are
transactional: each ends with a flush, and each starts with the editors' group that a
migration makes (a flush removes it).
"""

import datetime
import gzip
import hashlib
import io
import json
import re
import shutil
import stat
import tarfile
from importlib import import_module
from io import StringIO
from pathlib import Path

import pytest
import reversion
from dbbackup import settings as dbbackup_settings
from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.backends.db import SessionStore
from django.core import serializers
from django.core.checks import run_checks
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image

from network.models import HelpDesk
from operations.freshness import current_version
from pages.models import Deliberation, Page, PageFeedback
from tests.helpers import restore_editor_group

pytestmark = pytest.mark.django_db(transaction=True)

EDITOR_GROUP_MIGRATION = import_module("pages.migrations.0003_editor_group")
BACKUP_NAME = re.compile(
    r"^pariopportunita-(\d{8}-\d{6})-(database\.[a-z0-9.]+\.gz|media\.tar\.gz)$"
)
# Not content: left out of backups or replaced by a restore.
NOT_COMPARED = {"sessions.session", "operations.contentversion"}


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
    """Every row of every model (ids included), in Django's own serialisation; the python
    format keeps datetimes to the microsecond."""
    result = {}
    for model in apps.get_models(include_auto_created=True):
        label = model._meta.label_lower
        if label in NOT_COMPARED or model._meta.app_label == "axes" or model._meta.proxy:
            continue
        objects = serializers.serialize("python", model._base_manager.order_by("pk"))
        result[label] = sorted(json.dumps(obj, sort_keys=True, default=repr) for obj in objects)
    return result


def empty_site():
    """What a new installation has: a database just migrated, no media files."""
    call_command("flush", interactive=False, verbosity=0)
    ContentType.objects.clear_cache()
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


def backup():
    out = StringIO()
    call_command("sitebackup", stdout=out)
    lines = out.getvalue().splitlines()
    return Path(lines[0]), Path(lines[1]), lines[2]


def restore(archive):
    out = StringIO()
    call_command("siterestore", str(archive), interactive=False, stdout=out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def _editor_group(transactional_db):
    restore_editor_group()


@pytest.fixture(autouse=True)
def backup_dir(tmp_path, monkeypatch):
    """The library's storage, as settings.py configures it, in a folder of the test's."""
    directory = tmp_path / "var" / "backups"
    monkeypatch.setattr(
        dbbackup_settings,
        "STORAGE_OPTIONS",
        {**dbbackup_settings.STORAGE_OPTIONS, "location": str(directory)},
    )
    yield directory
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
    site_with_everything,
):
    before, files_before = snapshot(), media_files()
    editor, device = site_with_everything["editor"], site_with_everything["device"]
    # The test is worth something only if the site holds each kind of thing.
    for label in (
        "auth.user",
        "auth.group",
        "auth.group_permissions",
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
    session = SessionStore()
    session["signed_in"] = True
    session.create()

    _database_file, media_file, summary = backup()
    assert "Backed up the database" in summary

    empty_site()
    assert get_user_model().objects.count() == 0 and media_files() == {}
    version_before = current_version()

    output = restore(media_file)  # either file of the pair names the backup

    assert "Restored the database" in output
    assert snapshot() == before
    assert media_files() == files_before
    # Users keep their ids, and staff can sign in with their password and their phone.
    restored = get_user_model().objects.get(username="lbianchi")
    assert restored.pk == editor.pk
    assert restored.check_password("una password lunga")
    restored_device = TOTPDevice.objects.get(user=restored)
    assert restored_device.persistent_id == device.persistent_id
    assert restored_device.verify_token(totp(restored_device.bin_key))
    # Sessions are not restored: everyone signs in again.
    assert not SessionStore().exists(session.session_key)
    # Uploads are found again by the rows that name them.
    page = Page.objects.get(slug="chi-siamo")
    assert page.image.size > 0 and page.image.renditions()
    assert Deliberation.objects.get(slug="approvazione-protocollo").document.read(5) == b"%PDF-"
    # Pages kept in front of the app are rendered again.
    assert current_version() not in (version_before, "-", None)
    # New rows get new ids (PostgreSQL's sequences are restored with the rows).
    desk_owner = HelpDesk.objects.order_by("pk").first().organisation
    PageFeedback.objects.create(path="/", rating=5, language="it")
    HelpDesk.objects.create(
        name="Nuovo sportello", slug="nuovo-sportello", kind="desk", organisation=desk_owner
    )


def test_a_restore_replaces_what_changed_since_the_backup(site_with_everything):
    before, files_before = snapshot(), media_files()
    database_file, _media_file, _summary = backup()
    Page.objects.filter(slug="chi-siamo").update(title_it="Cambiato dopo")
    PageFeedback.objects.all().delete()
    get_user_model().objects.create_user("nuovo", password="y" * 16)
    photo = Path(settings.MEDIA_ROOT, Page.objects.get(slug="chi-siamo").image.name)
    photo.write_bytes(b"replaced after the backup")

    restore(database_file)

    assert snapshot() == before
    assert media_files() == files_before


def test_the_library_commands_run_by_hand_also_start_a_new_content_version(
    site_with_everything,
):
    database_file, media_file, _summary = backup()
    version = current_version()
    call_command("dbrestore", input_path=str(database_file), uncompress=True, interactive=False)
    after_database = current_version()
    call_command("mediarestore", input_path=str(media_file), uncompress=True, interactive=False)
    assert len({version, after_database, current_version()}) == 3


def test_rich_text_from_a_backup_is_cleaned_like_text_saved_in_the_admin(site_with_everything):
    """pg_restore and SQLite's copy write rows as they are: a backup holding a script (a
    tampered file, or a row written around the admin) must not put it on a page printed
    with |safe."""
    hostile = (
        '<p onclick="steal()">Chi siamo</p><script>alert(1)</script>'
        '<img src="x" onerror="alert(2)"><p><a href="javascript:alert(3)">link</a> '
        '<a href="https://example.org/">sito</a></p>'
    )
    # update() skips the field's cleaning on save, as a hand-made backup would.
    Page.objects.filter(slug="chi-siamo").update(body_it=hostile, body_en=hostile)
    database_file, _media_file, _summary = backup()
    empty_site()

    restore(database_file)

    page = Page.objects.get(slug="chi-siamo")
    for body in (page.body_it, page.body_en):
        assert body == (
            "<p>Chi siamo</p><p><a>link</a> "
            '<a href="https://example.org/" rel="noreferrer">sito</a></p>'
        )


# --- The files


def test_a_backup_is_a_private_pair_of_compressed_files_named_with_their_date(db, backup_dir):
    database_file, media_file, _summary = backup()

    assert database_file.parent == media_file.parent == backup_dir
    assert stat.S_IMODE(backup_dir.stat().st_mode) == 0o700
    dates = set()
    for path in (database_file, media_file, Path(f"{database_file}.metadata")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for path in (database_file, media_file):
        match = BACKUP_NAME.match(path.name)
        assert match, path.name
        dates.add(match[1])
        with gzip.open(path) as stream:
            assert stream.read(1)
    assert len(dates) == 1
    written = datetime.datetime.strptime(dates.pop(), "%Y%m%d-%H%M%S")
    assert abs(datetime.datetime.now() - written) < datetime.timedelta(minutes=1)
    assert sorted(path.name for path in backup_dir.iterdir()) == sorted(
        [database_file.name, f"{database_file.name}.metadata", media_file.name]
    )


def test_a_backup_is_never_written_inside_media_root(db, monkeypatch):
    inside = Path(settings.MEDIA_ROOT) / "backups"
    monkeypatch.setattr(
        dbbackup_settings,
        "STORAGE_OPTIONS",
        {**dbbackup_settings.STORAGE_OPTIONS, "location": str(inside)},
    )
    assert [error.id for error in run_checks() if error.id == "operations.E001"]
    with pytest.raises(CommandError, match="inside MEDIA_ROOT"):
        call_command("sitebackup")
    # The library's own command runs the checks first.
    with pytest.raises(CommandError, match=r"operations\.E001"):
        call_command("dbbackup", compress=True, skip_checks=False)
    assert not inside.exists()


# --- Damaged or hostile files: a clear message, nothing changes


def truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def write_tar(path, add):
    with tarfile.open(path, "w:gz") as tar:
        add(tar)


def hostile_member(name, kind=tarfile.REGTYPE, linkname=""):
    def add(tar):
        info = tarfile.TarInfo(name)
        info.type, info.linkname = kind, linkname
        data = b"" if linkname else b"hostile"
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))

    return add


DAMAGE = {
    "truncated database": (
        lambda database, media: truncate(database),
        "damaged or incomplete",
    ),
    "truncated media": (lambda database, media: truncate(media), "damaged or incomplete"),
    "not gzip": (
        lambda database, media: database.write_bytes(b"not an archive at all"),
        "damaged or incomplete",
    ),
    "not a database": (
        lambda database, media: database.write_bytes(gzip.compress(b"garbage " * 1000)),
        "could not be restored",
    ),
    "a name outside MEDIA_ROOT": (
        lambda database, media: write_tar(media, hostile_member("../outside.txt")),
        "unexpected entry '../outside.txt'",
    ),
    "an absolute name": (
        lambda database, media: write_tar(media, hostile_member("/tmp/outside.txt")),
        "unexpected entry '/tmp/outside.txt'",
    ),
    "a symbolic link": (
        lambda database, media: write_tar(
            media, hostile_member("pages/link", tarfile.SYMTYPE, "/etc/passwd")
        ),
        "unexpected entry 'pages/link'",
    ),
    "another connector": (
        lambda database, media: Path(f"{database}.metadata").write_text(
            json.dumps({"engine": "x", "connector": "os.remove"})
        ),
        "names the connector 'os.remove'",
    ),
    "no media file": (lambda database, media: media.unlink(), "is missing"),
    "not a backup name": (
        lambda database, media: database.rename(database.with_name("copia.gz")),
        "not a backup written by `manage.py sitebackup`",
    ),
}


def test_a_damaged_backup_is_refused_and_nothing_changes(site_with_everything, tmp_path, subtests):
    database_file, media_file, _summary = backup()
    Page.objects.filter(slug="chi-siamo").update(title_it="Cambiato dopo")
    before, files_before, version = snapshot(), media_files(), current_version()

    for number, (damage, (change, expected)) in enumerate(DAMAGE.items()):
        with subtests.test(damage):
            # A copy of the backup's files of its own, damaged.
            folder = tmp_path / f"copy-{number}"
            folder.mkdir()
            for path in (database_file, media_file, Path(f"{database_file}.metadata")):
                shutil.copy(path, folder)
            database, media = folder / database_file.name, folder / media_file.name
            change(database, media)
            if damage == "not a backup name":
                database = database.with_name("copia.gz")

            with pytest.raises(CommandError, match=re.escape(expected)) as refusal:
                restore(database)

            message = str(refusal.value)
            assert "Traceback" not in message
            if damage == "not a database":
                assert "Nothing was changed" in message
            assert snapshot() == before
            assert media_files() == files_before
            assert current_version() == version
            assert not tmp_path.joinpath("outside.txt").exists()


# --- Failures half way


def test_a_backup_that_fails_half_way_leaves_no_file(db, backup_dir, monkeypatch):
    from dbbackup.management.commands import mediabackup

    def no_space(self):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mediabackup.Command, "backup_mediafiles", no_space)

    with pytest.raises(CommandError, match=r"nothing was kept: .*No space left on device"):
        backup()
    assert list(backup_dir.iterdir()) == []


def test_a_restore_whose_files_fail_says_what_to_do(db, monkeypatch):
    from dbbackup.management.commands import mediarestore

    default_storage.save("pages/documento.pdf", ContentFile(pdf_bytes()))
    database_file, _media_file, _summary = backup()

    def no_space(self, name, media_file):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mediarestore.Command, "_upload_file", no_space)

    with pytest.raises(CommandError, match="The database was restored, but not every file"):
        restore(database_file)
