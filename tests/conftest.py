from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import cache, caches
from django.core.management import call_command
from django.utils import translation


def pytest_configure(config):
    # Templates render with the plain static names (no collectstatic before the tests);
    # the production storage has its own test (tests/operations/test_static_files.py).
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def seeded(db):
    """The database as `make run` leaves it: the whole seed content loaded."""
    call_command("seed_content", stdout=StringIO())


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: no page, content version or rating count."""
    cache.clear()
    caches["fragments"].clear()
    caches["search-results"].clear()
    yield
    cache.clear()
    caches["fragments"].clear()
    caches["search-results"].clear()


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
