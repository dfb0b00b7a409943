import datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import translation

# Real PostgreSQL and Redis servers for the tests that need them (started when none runs).
from tests.services import postgres_server, redis_server  # noqa: F401


def pytest_configure(config):
    # Templates render with the plain static names (no collectstatic before the tests);
    # the production storage has its own test (tests/operations/test_static_files.py).
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def _table_rows():
    """Every row of every table of the project's models, as {table: (columns, rows)}."""
    tables = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.django_table_names(include_views=False):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            columns = tuple(column[0] for column in cursor.description)
            tables[table] = (columns, cursor.fetchall())
    return tables


def _seed_rows():
    """Run seed_content, and return the rows it added (None if it changed a row that was
    there before, which a copy of the added rows could not reproduce)."""
    before = _table_rows()
    call_command("seed_content", stdout=StringIO())
    added = {}
    try:
        for table, (columns, rows) in _table_rows().items():
            old = set(before[table][1])
            if not old <= set(rows):
                return None
            new = [row for row in rows if row not in old]
            if new:
                added[table] = (columns, new)
    except TypeError:  # a value that cannot be compared as a whole (a JSON document)
        return None
    return added


def _sqlite_value(value):
    # Stored as Django stores them (str()); sqlite3 has no adapter for these.
    return str(value) if isinstance(value, datetime.date | datetime.time | Decimal) else value


def _insert_rows(added):
    if connection.vendor == "sqlite":
        added = {
            table: (columns, [tuple(map(_sqlite_value, row)) for row in rows])
            for table, (columns, rows) in added.items()
        }
    # In one transaction: foreign keys are checked at its end, whatever the tables' order
    # (a transactional test runs in autocommit).
    with transaction.atomic(), connection.cursor() as cursor:
        for table, (columns, rows) in added.items():
            names = ", ".join(connection.ops.quote_name(column) for column in columns)
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(
                f"INSERT INTO {connection.ops.quote_name(table)} ({names}) VALUES ({marks})",
                rows,
            )
    # Later inserts get ids after the copied ones (PostgreSQL's sequences do not move on
    # an explicit id; SQLite's AUTOINCREMENT does).
    tables = set(added)
    models = [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.db_table in tables
    ]
    sql = connection.ops.sequence_reset_sql(no_style(), models)
    if sql:
        with connection.cursor() as cursor:
            for statement in sql:
                cursor.execute(statement)


_seed_copy = {}


@pytest.fixture
def seeded(db):
    """The database as `make run` leaves it: the whole seed content loaded.

    seed_content runs in the first test that asks for it; later tests get a copy of the
    rows it added, written with one INSERT per table: milliseconds instead of the command's
    one to two seconds, in a suite where a hundred tests start from the seed content."""
    key = connection.vendor
    if not connection.in_atomic_block:
        # A transactional test: an earlier one's flush made the content types and
        # permissions again, perhaps under other ids than the copied rows name.
        call_command("seed_content", stdout=StringIO())
    elif _seed_copy.get(key) is None:
        waiting = len(connection.run_on_commit)
        _seed_copy[key] = _seed_rows()
        # The seed's new content version waits for a commit that a test never makes, and
        # a version waiting hides the test's own writes (one per transaction): drop it,
        # as the copied rows of later tests come with none.
        del connection.run_on_commit[waiting:]
    else:
        _insert_rows(_seed_copy[key])


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: no rating count or sign-in attempt."""
    for store in caches.all():
        store.clear()
    yield
    for store in caches.all():
        store.clear()


@pytest.fixture(autouse=True)
def _italian_by_default():
    """Each test starts in the site's default language, whatever an earlier one activated
    (URLs built with reverse() or get_absolute_url() depend on it)."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def admin_client(db, client):
    """An administrator (superuser) signed in to the admin, two-step verification done."""
    from django.contrib.auth import get_user_model

    from .helpers import login_verified

    user = get_user_model().objects.create_superuser(
        "mrossi", "m.rossi@example.org", "x" * 16, first_name="Maria", last_name="Rossi"
    )
    login_verified(client, user)
    return client
