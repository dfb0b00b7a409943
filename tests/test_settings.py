"""The settings module refuses to run in production without a secret key."""

import os
import subprocess
import sys

from django.conf import settings

SCRIPT = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"


def run_settings(**env):
    base = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    base["DJANGO_SETTINGS_MODULE"] = "pariopportunita.settings"
    return subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=settings.BASE_DIR,
        env={**base, **env},
        capture_output=True,
        text=True,
    )


def test_debug_off_without_a_secret_key_refuses_to_start():
    result = run_settings()
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_debug_off_with_a_secret_key_starts():
    result = run_settings(DJANGO_SECRET_KEY="a-long-production-secret")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_debug_on_works_without_a_secret_key():
    result = run_settings(DJANGO_DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_database_url_selects_the_database():
    script = (
        "import django; django.setup(); from django.db import connection; print(connection.vendor)"
    )
    base = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    base.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env={
            **base,
            "DJANGO_SETTINGS_MODULE": "pariopportunita.settings",
            "DJANGO_DEBUG": "1",
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "postgresql"
