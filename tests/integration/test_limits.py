"""Requests nginx or an app server refuses, and long searches, through the production stack
(conftest.py): every refusal is the site's page with the help numbers, the quick exit and
the security headers; a body too large is refused before it is read."""

import json
import re
import select
import socket
import time

import pytest

from tests.helpers import SECURITY_HEADERS as PAGE_SECURITY_HEADERS

from .conftest import wait_until_answering

SECURITY_HEADERS = (*PAGE_SECURITY_HEADERS, "x-request-id")
SIXTY_MB = 60 * 1024 * 1024


def exchange(port, head, body_parts=(), timeout=10):
    """Sends `head`, then each of `body_parts` until an answer comes; the answer as
    (status, headers, body, seconds until its first byte, body bytes sent)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        started = time.monotonic()
        connection.sendall(head)
        sent = 0
        for part in body_parts:
            if select.select([connection], [], [], 0.05)[0]:
                break  # answered already
            try:
                connection.sendall(part)
            except OSError:
                break
            sent += len(part)
        received = b""
        first_byte = None
        while True:
            try:
                chunk = connection.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            first_byte = first_byte or time.monotonic() - started
            received += chunk
            head_bytes, found, body = received.partition(b"\r\n\r\n")
            length = re.search(rb"(?im)^content-length: *(\d+)", head_bytes)
            if found and length and len(body) >= int(length.group(1)):
                break
    head_text, _, body = received.partition(b"\r\n\r\n")
    lines = head_text.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(lines[0].split()[1]), headers, body.decode(errors="replace"), first_byte, sent


def request_head(method, path, *headers):
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", *headers, "", ""]
    return "\r\n".join(lines).encode()


def assert_site_page(headers, body):
    assert 'href="tel:1522"' in body and 'href="tel:112"' in body, body[:500]
    assert 'href="https://www.meteoam.it/"' in body  # the quick exit
    for name in SECURITY_HEADERS:
        assert headers.get(name), name
    assert "set-cookie" not in headers


@pytest.fixture(autouse=True)
def both_app_servers_up(stack):
    for name, port in stack.app_ports.items():
        wait_until_answering(port, process=stack.processes[name], log=stack.logs[name])


def test_a_5000_character_search_reaches_the_app_and_is_answered(stack):
    query = ("violenza+" * 600)[:5000]
    status, headers, body, _, _ = exchange(
        stack.nginx_port, request_head("GET", f"/cerca/?q={query}", "Connection: close")
    )

    assert status == 200, body[:300]
    assert headers["x-cache"] == "BYPASS"  # the app's answer: a search is never kept
    assert 'id="search-page-q"' in body and 'href="tel:1522"' in body


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        # nginx refuses these itself.
        ("request line of 20,000", request_head("GET", "/cerca/?q=" + "a" * 20000), 414),
        ("invalid header name", request_head("GET", "/", "Bad Header{}: 1"), 400),
        ("header too large", request_head("GET", "/", "X-Long: " + "a" * 9000), 400),
        ("lower-case method", request_head("get", "/"), 400),
        # nginx passes these on; gunicorn refuses them with a bare page, which nginx replaces.
        ("method gunicorn refuses", request_head("AB", "/"), 400),
        (
            "more header fields than gunicorn takes",
            request_head("GET", "/", *(f"X-Field-{number}: 1" for number in range(120))),
            431,
        ),
    ],
)
def test_a_malformed_request_gets_the_site_s_page_with_its_headers(stack, name, head, expected):
    status, headers, body, _, _ = exchange(stack.nginx_port, head)

    assert status == expected, name
    assert_site_page(headers, body)
    assert headers["cache-control"] == "no-store"
    assert headers["content-type"] == "text/html; charset=utf-8"


@pytest.mark.parametrize("path", ["/valutazione/", "/en/valutazione/"])
@pytest.mark.parametrize("size", [SIXTY_MB, 1024 * 1024])
def test_a_big_post_to_the_rating_form_is_refused_before_its_body_is_sent(stack, path, size):
    request_id = f"px-big-post-{size}-{len(path)}"
    # Only the headers go out: a server that waited for the body would not answer at all.
    status, headers, body, waited, _ = exchange(
        stack.nginx_port,
        request_head(
            "POST",
            path,
            "Content-Type: multipart/form-data; boundary=x",
            f"Content-Length: {size}",
            f"X-Request-ID: {request_id}",
        ),
    )

    assert status == 413
    assert waited < 5
    assert_site_page(headers, body)
    # nginx answered: no app server was asked.
    time.sleep(0.2)  # nginx writes its log line once the answer has gone
    lines = [json.loads(line) for line in stack.nginx_access_log.read_text().splitlines()]
    (refused,) = [line for line in lines if line["request_id"] == request_id]
    assert refused["status"] == 413 and refused["upstream"] == ""


def test_a_chunked_post_to_the_rating_form_is_cut_off_early(stack):
    chunk = b"10000\r\n" + b"a" * 0x10000 + b"\r\n"  # 64 KB each
    status, headers, body, _, sent = exchange(
        stack.nginx_port,
        request_head(
            "POST",
            "/valutazione/",
            "Content-Type: application/x-www-form-urlencoded",
            "Transfer-Encoding: chunked",
        ),
        [chunk] * (SIXTY_MB // 0x10000),
    )

    assert status == 413
    assert_site_page(headers, body)
    # Refused after the first chunks (16 KB is the limit), not after 26 or 60 MB.
    assert sent < 2 * 1024 * 1024


def test_a_body_no_public_page_needs_is_refused_before_it_is_read(stack):
    # Only the admin takes uploads: nginx refuses a bigger body anywhere else, from its
    # Content-Length, with the site's page.
    status, headers, body, waited, sent = exchange(
        stack.nginx_port,
        request_head(
            "POST",
            "/sportelli/",
            "Content-Type: application/x-www-form-urlencoded",
            "Content-Length: 100000",
            "Connection: close",
        ),
        [b"a" * 10000] * 10,
    )

    assert status == 413
    assert waited < 5
    assert sent < 100000  # answered before the body was sent
    assert_site_page(headers, body)


def test_the_admin_still_takes_an_upload_sized_body(stack):
    body = b"a" * 100000
    status, _headers, _body, _waited, sent = exchange(
        stack.nginx_port,
        request_head(
            "POST",
            "/admin/login/",
            "Content-Type: application/x-www-form-urlencoded",
            f"Content-Length: {len(body)}",
            "Connection: close",
        ),
        [body[:50000], body[50000:]],
    )
    # Passed on to the app, which refuses the sign-in for its own reasons (no CSRF token).
    assert status != 413
    assert sent == len(body)


def test_a_rating_still_goes_through(stack):
    form = b"path=%2Fservizio%2F&rating=5&reason=&comment=&website="
    status, headers, body, _, _ = exchange(
        stack.nginx_port,
        request_head(
            "POST",
            "/valutazione/",
            "Content-Type: application/x-www-form-urlencoded",
            f"Content-Length: {len(form)}",
            "Connection: close",
        ),
        [form],
    )
    assert status == 302, body[:3000]
    assert headers["location"] == "/servizio/?valutazione=grazie#valutazione"


def test_no_log_holds_the_client_s_address_after_the_malformed_requests(stack):
    exchange(stack.nginx_port, request_head("AB", "/cerca/?q=segretissima"))
    exchange(stack.nginx_port, request_head("GET", "/", "Bad Header{}: segretissima"))
    gunicorn_lines = ""
    for path in stack.tmp.joinpath("logs").glob("*.log"):
        text = path.read_text(errors="replace")
        assert "client: " not in text, path.name
        assert "segretissima" not in text, path.name
        if path.name.startswith("gunicorn-"):
            gunicorn_lines += text
    # Behind nginx the client is nginx (127.0.0.1, also the address gunicorn listens on):
    # gunicorn's lines about the requests it refused name no address at all.
    assert "Invalid request: Invalid HTTP method" in gunicorn_lines
    assert "Invalid request from ip=" not in gunicorn_lines
