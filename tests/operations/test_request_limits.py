"""Requests gunicorn or Django must refuse or cut, and what gunicorn's log says about them:
a real gunicorn (deploy/gunicorn.conf.py) running the site, spoken to over raw sockets,
and the middleware in the test process (operations/limits.py)."""

import re
import socket
import time

import pytest

from tests.servers import AppServer, production_environment, throwaway_database

# The visitor's address: another loopback address than the one gunicorn listens on, so that
# gunicorn's own lines ("Listening at: http://127.0.0.1:…") do not hide it.
VISITOR = "127.0.0.2"
SIXTY_MB = 60 * 1024 * 1024
EVERY_RESPONSE = (
    "content-security-policy",
    "permissions-policy",
    "referrer-policy",
    "x-content-type-options",
    "cross-origin-opener-policy",
)


@pytest.fixture(scope="module")
def server(postgres_server):
    env = production_environment(
        DJANGO_PLAIN_STATIC_FILES="1", WEB_CONCURRENCY="1", GUNICORN_THREADS="2"
    )
    with throwaway_database("pi_limits", env, postgres_server) as name:
        app = AppServer({**env, "DATABASE_URL": postgres_server.url(name)})
        try:
            yield app.start()
        finally:
            app.stop()


def exchange(port, head, body_parts=(), timeout=10):
    """Sends `head` (and then each of `body_parts`) from the visitor's address; the
    answer as (status, headers, body, seconds until its first byte)."""
    with socket.create_connection(
        ("127.0.0.1", port), timeout=timeout, source_address=(VISITOR, 0)
    ) as connection:
        started = time.monotonic()
        connection.sendall(head)
        for part in body_parts:
            connection.sendall(part)
        received = b""
        first_byte = None
        while chunk := connection.recv(65536):
            first_byte = first_byte or time.monotonic() - started
            received += chunk
    head_text, _, body = received.partition(b"\r\n\r\n")
    lines = head_text.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, body.decode("utf-8", errors="replace"), first_byte


def request_head(method, path, *headers):
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", *headers, "", ""]
    return "\r\n".join(lines).encode()


def assert_site_error_page(headers, body):
    assert 'href="tel:1522"' in body and 'href="tel:112"' in body
    assert 'id="quick-exit"' in body
    for name in EVERY_RESPONSE:
        assert headers.get(name), name
    assert "set-cookie" not in headers


def test_a_5000_character_search_is_cut_to_the_search_s_limit_and_answered(server):
    words = "violenza " * 556  # 5,004 characters
    status, _headers, body, _ = exchange(
        server.port, request_head("GET", "/cerca/?q=" + words.replace(" ", "+")[:5000])
    )

    assert status == 200, body[:500]
    assert 'href="tel:1522"' in body
    # The search box holds the query as searched: its first 100 characters.
    box = re.search(r'<input id="search-page-q"[^>]*value="([^"]*)"', body).group(1)
    assert 0 < len(box) <= 100 and box.startswith("violenza violenza")


@pytest.mark.parametrize("path", ["/valutazione/", "/en/valutazione/"])
def test_a_60_mb_post_to_the_rating_form_is_refused_before_its_body_is_sent(server, path):
    # Only the headers go out: an app that waited for the body would not answer at all.
    status, headers, body, waited = exchange(
        server.port,
        request_head(
            "POST",
            path,
            "Content-Type: multipart/form-data; boundary=x",
            f"Content-Length: {SIXTY_MB}",
        ),
    )

    assert status == 413
    assert waited < 5
    assert_site_error_page(headers, body)
    assert "no-store" in headers["cache-control"]
    if path.startswith("/en/"):
        assert '<html lang="en"' in body


def test_a_rating_form_body_of_unknown_length_is_refused(server):
    status, headers, body, waited = exchange(
        server.port,
        request_head(
            "POST",
            "/valutazione/",
            "Content-Type: application/x-www-form-urlencoded",
            "Transfer-Encoding: chunked",
        ),
        # A first chunk, and never the last one.
        [b"4000\r\n" + b"a" * 0x4000 + b"\r\n"],
    )

    assert status == 411
    assert waited < 5
    assert_site_error_page(headers, body)


def test_the_admin_takes_a_document_but_not_more(server):
    status, headers, body, waited = exchange(
        server.port,
        request_head(
            "POST",
            "/admin/login/",
            "Content-Type: multipart/form-data; boundary=x",
            f"Content-Length: {27 * 1024 * 1024}",
        ),
    )
    assert status == 413 and waited < 5
    assert_site_error_page(headers, body)


def test_a_rating_still_goes_through(server):
    form = b"path=%2Fservizio%2F&rating=4&reason=&comment=Chiaro&website="
    status, headers, _body, _ = exchange(
        server.port,
        request_head(
            "POST",
            "/valutazione/",
            "Content-Type: application/x-www-form-urlencoded",
            f"Content-Length: {len(form)}",
        )
        + form,
    )
    assert status == 302
    assert headers["location"] == "/servizio/?valutazione=grazie#valutazione"


def test_gunicorn_s_log_holds_no_visitor_address_or_what_she_sent(server):
    secret = "casarifugiosegreta"
    malformed = [
        # A request line over gunicorn's limit (8190), with a search in it.
        request_head("GET", f"/cerca/?q={secret}" + "a" * 20000),
        # A header name with characters no header name may have.
        request_head("GET", "/", f"X-{secret}{{}}: 1"),
        # Methods gunicorn refuses.
        request_head("get", f"/cerca/?q={secret}"),
        request_head("G{T", f"/cerca/?q={secret}"),
    ]
    statuses = [exchange(server.port, head)[0] for head in malformed]
    assert statuses == [414, 400, 400, 400]

    log = server.log()
    # Each was logged, without the address, the search or the header.
    assert len(re.findall(r"\[WARNING\] Invalid request: ", log)) >= 4, log[-3000:]
    assert VISITOR not in log
    assert secret not in log
    assert "Request Line is too large (" in log


# --- The middleware in the test process -------------------------------------------------


def test_the_django_page_for_a_body_too_large_is_the_site_s_own(seeded, client):
    # One byte of body behind a 60 MB Content-Length: reading the body would fail (the
    # test client refuses to read past what it holds), so a 413 proves nothing read it.
    response = client.generic(
        "POST",
        "/en/valutazione/",
        b"x",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(SIXTY_MB),
    )

    assert response.status_code == 413
    text = response.content.decode()
    assert '<html lang="en"' in text
    assert text.count("<h1") == 1
    assert 'href="tel:1522"' in text and 'href="tel:112"' in text
    for name in EVERY_RESPONSE:
        assert response.has_header(name), name
    assert not response.cookies
