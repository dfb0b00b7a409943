from io import StringIO

import pytest
from django.core.management import call_command


@pytest.fixture
def seeded(db):
    """The database as `make run` leaves it: the whole seed content loaded."""
    call_command("seed_content", stdout=StringIO())


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
