"""Migrations that move a model between apps keep the rows a site already has.

Run on a database of their own (SQLite, in a subprocess), as `manage.py migrate` runs
them on a site, so that the test database is never taken back to an older state.
"""

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
