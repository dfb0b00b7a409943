"""Error pages keep the help numbers and the quick exit, even with the database down."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.conf import settings

from .helpers import count_tags


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def site_without_database():
    """The site, debug off, with DATABASE_URL pointing at a closed port."""
    port = free_port()
    closed = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SECRET_KEY="error-page-test",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{closed}/unreachable",
        DJANGO_LOG_LEVEL="CRITICAL",
        DJANGO_PLAIN_STATIC_FILES="1",
    )
    # A plain WSGI server: runserver would refuse to start without its database.
    serve = (
        "from wsgiref.simple_server import make_server; "
        "from pariopportunita.wsgi import application; "
        f"make_server('127.0.0.1', {port}, application).serve_forever()"
    )
    server = subprocess.Popen(
        [sys.executable, "-c", serve],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield base
    server.terminate()
    server.wait(timeout=10)


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.mark.parametrize(
    ("path", "status", "lang", "heading"),
    [
        ("/non/esiste/", 404, "it", "Pagina non trovata"),
        ("/en/does/not/exist/", 404, "en", "Page not found"),
        ("/sportelli/", 503, "it", "Il sito non è disponibile in questo momento"),
        ("/en/sportelli/", 503, "en", "The site is temporarily unavailable"),
    ],
)
def test_error_pages_render_without_the_database(
    site_without_database, path, status, lang, heading
):
    code, html = fetch(site_without_database + path)
    assert code == status
    assert f'<html lang="{lang}"' in html
    assert f"<h1>{heading}</h1>" in html and count_tags(html, "h1") == 1
    assert 'href="tel:1522"' in html and 'href="tel:112"' in html
    assert 'id="quick-exit"' in html
    assert "Traceback" not in html and "OperationalError" not in html


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/servizio/", "it", "Qualcosa non ha funzionato"),
        ("/en/servizio/", "en", "Something went wrong"),
    ],
)
def test_an_unexpected_error_shows_the_help_numbers(db, client, monkeypatch, path, lang, heading):
    from pages.views import ServiceView

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(ServiceView, "get", broken)
    client.raise_request_exception = False
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{lang}"' in html
    assert f"<h1>{heading}</h1>" in html
    assert 'href="tel:1522"' in html and 'id="quick-exit"' in html
    assert "a bug" not in html and "Traceback" not in html
