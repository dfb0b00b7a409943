"""Production configuration: deploy checks, headers on every response, static files, logs,
health checks."""

import io
import json
import logging
import os
import re
import secrets
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.urls import reverse

from operations.logs import JsonFormatter, RequestIdFilter
from pariopportunita.wsgi import production_stack

from .wsgi import call, site_stack

# What docs/deploy.md tells an operator to set (with the site's own host name).
PRODUCTION_VARIABLES = {
    "DJANGO_DEBUG": "0",
    "DJANGO_ALLOWED_HOSTS": "pariopportunita.provincia.asti.it",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://pariopportunita.provincia.asti.it",
    "DJANGO_SECURE_PROXY_SSL_HEADER": "1",
    "DJANGO_SECURE_SSL_REDIRECT": "1",
    "DJANGO_HSTS_INCLUDE_SUBDOMAINS": "1",
    "DJANGO_HSTS_PRELOAD": "1",
    "DJANGO_ADMIN_URL": "gestione-sito/",
    "DJANGO_TRUSTED_PROXY_COUNT": "1",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}

EVERY_RESPONSE = {
    "content-security-policy": "default-src 'self'",
    "permissions-policy": "camera=()",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "cross-origin-opener-policy": "same-origin",
}


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )


def production_env(**extra):
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.pop("DATABASE_URL", None)
    return {
        **env,
        **PRODUCTION_VARIABLES,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        **extra,
    }


def test_deploy_check_is_silent_with_the_documented_variables():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_site_refuses_to_start_in_production_without_a_secret_key():
    env = production_env()
    del env["DJANGO_SECRET_KEY"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    result = manage(
        "collectstatic", "--no-input", "-v", "0", env=production_env(DJANGO_STATIC_ROOT=str(root))
    )
    assert result.returncode == 0, result.stderr
    return root


def test_static_files_have_hashed_names_precompressed_copies_and_cache_forever(
    collected_static, settings, db
):
    manifest = json.loads((collected_static / "staticfiles.json").read_text())
    hashed_css = manifest["paths"]["build/css/site.css"]
    assert re.search(r"\.[0-9a-f]{12}\.css$", hashed_css)
    assert (collected_static / f"{hashed_css}.br").exists()
    assert (collected_static / f"{hashed_css}.gz").exists()

    settings.STATIC_ROOT = collected_static
    app = production_stack(WSGIHandler())
    css = call(app, f"/static/{hashed_css}", headers={"Accept-Encoding": "br, gzip"})
    assert css.status == 200
    assert css.headers["content-encoding"] == "br"
    assert "immutable" in css.headers["cache-control"]
    assert "max-age=315360000" in css.headers["cache-control"]
    for name, fragment in EVERY_RESPONSE.items():
        assert fragment in css.headers[name], name
    assert css.headers["x-request-id"]
    # A name without a hash may change: browsers ask again after a minute.
    plain = call(app, "/static/build/css/site.css")
    assert plain.headers["cache-control"] == "max-age=60, public"


@pytest.mark.parametrize(
    "path",
    ["/", "/en/sportelli/", "/non-esiste/", "/sitemap.xml", "/robots.txt", "/healthz"],
)
def test_security_headers_on_every_response(seeded, client, path):
    response = client.get(path, secure=True)
    for name, fragment in EVERY_RESPONSE.items():
        assert fragment in response[name], (path, name)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_security_headers_on_the_admin_sign_in(db, client):
    response = client.get(reverse("admin:login"), secure=True)
    for name, fragment in EVERY_RESPONSE.items():
        if name != "referrer-policy":
            assert fragment in response[name], name
    # The admin's forms need the Origin header (pariopportunita/middleware.py).
    assert response["Referrer-Policy"] == "same-origin"


def test_pages_not_kept_by_the_cache_are_revalidated_with_an_etag(seeded, client):
    first = client.get("/cerca/?q=asti")
    again = client.get("/cerca/?q=asti", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize("name", ["healthz", "readyz"])
def test_health_checks_set_no_cookie_and_are_never_cached(db, client, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]
    # Nothing in front of the app may keep it.
    assert "s-maxage" not in response["Cache-Control"]
    assert "ETag" not in response or "s-maxage" not in response["Cache-Control"]


@pytest.fixture
def log_lines():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    previous = root.level
    root.setLevel(logging.INFO)
    yield lambda: stream.getvalue().splitlines()
    root.removeHandler(handler)
    root.setLevel(previous)


def test_logs_are_one_json_line_per_event_without_address_search_or_comment(seeded, log_lines):
    app = site_stack()
    visitor = {"X-Forwarded-For": "203.0.113.7"}
    call(app, "/cerca/?q=casa+rifugio+segreta", headers=visitor)
    comment = "Mio marito legge il telefono"
    call(
        app,
        "/valutazione/",
        method="POST",
        headers={**visitor, "Content-Type": "application/x-www-form-urlencoded"},
        body=urllib.parse.urlencode(
            {"path": "/servizio/", "rating": "2", "reason": "other", "comment": comment}
        ).encode(),
    )
    call(app, "/non-esiste/", headers={**visitor, "X-Request-ID": "proxy-id-0123456789"})
    try:
        raise ValueError("first line\nsecond line")
    except ValueError:
        logging.getLogger("tests").exception("An error with a traceback")

    lines = log_lines()
    entries = [json.loads(line) for line in lines]
    access = [entry for entry in entries if entry["logger"] == "pariopportunita.access"]
    assert [entry["message"] for entry in access] == [
        "GET /cerca/ 200",
        "POST /valutazione/ 302",
        "GET /non-esiste/ 404",
    ]
    assert all(len(entry["request_id"]) >= 8 for entry in access)
    assert access[2]["request_id"] == "proxy-id-0123456789"
    assert "second line" in entries[-1]["exception"]
    text = "\n".join(lines)
    for secret in ("203.0.113.7", "segreta", "rifugio", comment, "telefono"):
        assert secret not in text


@pytest.fixture
def media_served_by_the_app(settings):
    import importlib

    from django.urls import clear_url_caches

    import pariopportunita.urls

    def wire(on):
        settings.SERVE_MEDIA = on
        importlib.reload(pariopportunita.urls)
        clear_url_caches()

    wire(True)
    yield
    wire(False)


def test_make_serve_serves_uploads_safely(db, client, settings, media_served_by_the_app):
    (settings.MEDIA_ROOT / "acts" / "2025").mkdir(parents=True)
    (settings.MEDIA_ROOT / "acts" / "2025" / "delibera.pdf").write_bytes(b"%PDF-1.4 test")
    (settings.MEDIA_ROOT / "pages").mkdir()
    (settings.MEDIA_ROOT / "pages" / "foto.webp").write_bytes(b"RIFF....WEBP")

    act = client.get("/media/acts/2025/delibera.pdf")
    image = client.get("/media/pages/foto.webp")
    assert act.status_code == image.status_code == 200
    assert act["Content-Disposition"] == "attachment"
    assert "Content-Disposition" not in image
    for response in (act, image):
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    # A path out of MEDIA_ROOT is refused (Django's SuspiciousFileOperation: 400).
    escape = client.get("/media/../settings.py")
    assert escape.status_code in (400, 404)
    assert b"SECRET_KEY" not in escape.content


@pytest.mark.parametrize(
    ("environment", "workers"),
    [
        ({"REDIS_URL": "redis://127.0.0.1:6379/0"}, 4),
        # docs/deploy.md's two instances on the machine share its cores...
        ({"REDIS_URL": "redis://127.0.0.1:6379/0", "GUNICORN_INSTANCES": "2"}, 2),
        # ...and each has at least one worker.
        ({"REDIS_URL": "redis://127.0.0.1:6379/0", "GUNICORN_INSTANCES": "8"}, 1),
        # Without Redis the rating form's limits live in one process.
        ({"GUNICORN_INSTANCES": "2"}, 1),
        ({"REDIS_URL": "redis://127.0.0.1:6379/0", "WEB_CONCURRENCY": "3"}, 3),
    ],
)
def test_gunicorn_runs_one_single_threaded_worker_per_core(monkeypatch, environment, workers):
    import multiprocessing
    import runpy

    for name in ("REDIS_URL", "GUNICORN_INSTANCES", "WEB_CONCURRENCY", "GUNICORN_THREADS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(multiprocessing, "cpu_count", lambda: 4)
    config = runpy.run_path(str(Path(settings.BASE_DIR) / "deploy" / "gunicorn.conf.py"))
    assert (config["workers"], config["threads"], config["worker_connections"]) == (workers, 1, 1)


def test_gunicorn_collects_a_requests_garbage_after_answering():
    """A request leaves objects in reference cycles (a prefetched row points back to its
    parent). The worker collects them once the answer is sent, so that they never reach
    the old generation, whose collection would stop a later request for tens of ms."""
    import gc
    import runpy
    import types
    import weakref

    config = runpy.run_path(str(Path(settings.BASE_DIR) / "deploy" / "gunicorn.conf.py"))
    worker = types.SimpleNamespace(nr=1, log=None)

    class Row:
        pass

    was_enabled = gc.isenabled()
    gc.disable()  # no automatic collection may free it instead
    try:
        row = Row()
        row.parent = row
        left_behind = weakref.ref(row)
        del row
        assert left_behind() is not None
        config["post_request"](worker, None, {}, None)
        assert left_behind() is None
    finally:
        if was_enabled:
            gc.enable()
