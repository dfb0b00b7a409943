"""Migrations that move a model between apps keep the rows a site already has.

Run on a database of their own (SQLite, in a subprocess), as `manage.py migrate` runs
them on a site, so that the test database is never taken back to an older state.
"""

import json
import os
import sqlite3
import subprocess
import sys

from django.conf import settings

from editing.models import TranslationReview


def migrate(database, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="pariopportunita.settings",
        DJANGO_DEBUG="1",
        DATABASE_URL=f"sqlite:///{database}",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", *args, "-v", "0"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_translation_checks_made_before_the_editing_app_are_kept(tmp_path):
    """TranslationReview was network's (migration 0006) and is editing's now: a database
    migrated at that time keeps its checks, and the permissions given on them."""
    database = tmp_path / "site.sqlite3"
    migrate(database, "network", "0006_translationreview")
    with sqlite3.connect(database) as db:
        organisation = db.execute(
            "SELECT id FROM django_content_type WHERE app_label = 'network' "
            "AND model = 'organisation'"
        ).fetchone()[0]
        db.execute(
            "INSERT INTO network_translationreview "
            "(content_type_id, object_id, language, reviewed_at, digest) "
            "VALUES (?, 7, 'sq', '2026-12-01 10:00:00', ?)",
            (organisation, "a" * 64),
        )
        review_type = db.execute(
            "SELECT id FROM django_content_type WHERE model = 'translationreview'"
        ).fetchone()[0]

    migrate(database)

    with sqlite3.connect(database) as db:
        rows = db.execute(
            "SELECT content_type_id, object_id, language, digest FROM network_translationreview"
        ).fetchall()
        types = db.execute(
            "SELECT id, app_label FROM django_content_type WHERE model = 'translationreview'"
        ).fetchall()
    # The rows of the table the model reads.
    assert TranslationReview._meta.db_table == "network_translationreview"
    assert rows == [(organisation, 7, "sq", "a" * 64)]
    # The same content type, now the editing app's: its permissions still hold.
    assert types == [(review_type, "editing")]


def insert(db, table, **values):
    """A row with the given values and an empty one in every other required column."""
    for _cid, name, kind, notnull, default, _pk in db.execute(f"PRAGMA table_info({table})"):
        if notnull and default is None and name not in values:
            values[name] = 0 if kind.lower() in {"integer", "bool", "boolean"} else ""
    columns = ", ".join(f'"{name}"' for name in values)
    marks = ", ".join("?" for _ in values)
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))


def test_changes_to_the_hours_become_ranges_and_their_history_still_restores(tmp_path):
    """network 0008: a dated change of one day lasts from that day to that day, in the
    table and in the versions the history keeps (or restoring one would fail)."""
    database = tmp_path / "site.sqlite3"
    migrate(database, "network", "0007_translationreview_to_editing")
    migrate(database, "reversion")
    fields = {"help_desk": 1, "date": "2026-12-24", "closed": True, "note_it": "Vigilia"}
    with sqlite3.connect(database) as db:
        insert(db, "network_organisation", id=1, slug="ente")
        insert(db, "network_helpdesk", id=1, slug="sportello", organisation_id=1)
        insert(db, "network_hoursexception", id=5, help_desk_id=1, date="2026-12-24", closed=1)
        db.execute("UPDATE network_hoursexception SET note_it = 'Vigilia'")
        db.execute(
            "INSERT INTO reversion_revision (id, date_created, comment) "
            "VALUES (1, '2026-12-01 10:00:00', '')"
        )
        exception_type = db.execute(
            "SELECT id FROM django_content_type WHERE app_label = 'network' "
            "AND model = 'hoursexception'"
        ).fetchone()[0]
        serialized = json.dumps([{"model": "network.hoursexception", "pk": 5, "fields": fields}])
        db.execute(
            "INSERT INTO reversion_version (revision_id, object_id, content_type_id, db, "
            "format, serialized_data, object_repr) VALUES (1, '5', ?, 'default', 'json', ?, "
            "'24/12/2026')",
            (exception_type, serialized),
        )

    migrate(database)

    with sqlite3.connect(database) as db:
        row = db.execute(
            "SELECT starts_on, ends_on, note_it FROM network_hoursexception WHERE id = 5"
        ).fetchone()
        (serialized,) = db.execute("SELECT serialized_data FROM reversion_version").fetchone()
    assert row == ("2026-12-24", "2026-12-24", "Vigilia")
    saved = json.loads(serialized)[0]["fields"]
    assert "date" not in saved
    assert (saved["starts_on"], saved["ends_on"], saved["note_it"]) == (
        "2026-12-24",
        "2026-12-24",
        "Vigilia",
    )
