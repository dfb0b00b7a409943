"""The site behind nginx as on a server: deploy/nginx/ in front of two gunicorn instances
sharing PostgreSQL and Redis (the stack is built in conftest.py).

The tests run in the order of this file: the last ones stop the app servers.
"""

import gzip
import html
import http.client
import json
import re
import threading
import time
import urllib.error
import urllib.request
from http.cookiejar import CookieJar
from urllib.parse import urlencode, urlsplit

import brotli
import pytest

from tests import servers
from tests.helpers import form_data

from .conftest import EDITOR_USERNAME, PAGE_FRESH_SECONDS, manage

# The headers every page and static file carries (pariopportunita/settings.py).
SECURITY_HEADERS = (
    "Content-Security-Policy",
    "Permissions-Policy",
    "Referrer-Policy",
    "X-Content-Type-Options",
    "Cross-Origin-Opener-Policy",
)
HASHED_CSS = re.compile(r'href="(/static/build/css/site\.[0-9a-f]{12}\.css)"')
NGINX_REQUEST_ID = re.compile(r"[0-9a-f]{32}")
# An address a request claims in X-Forwarded-For (documentation range, RFC 5737).
VISITOR_ADDRESS = "203.0.113.77"
LOG_FIELDS = {
    "time",
    "request_id",
    "host",
    "method",
    "path",
    "status",
    "bytes",
    "duration_s",
    "upstream",
    "upstream_status",
    "upstream_time",
    "cache",
}


class Response(servers.Response):
    def header(self, name):
        return self.headers.get(name, "")


def fetch(port, path="/", *, method="GET", headers=None, body=None, timeout=15):
    """One request on a new connection; any status is returned, redirects not followed.

    Without an Accept-Encoding header http.client asks for no compression (identity).
    """
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        answer = connection.getresponse()
        return Response(answer.status, answer.headers, answer.read())
    finally:
        connection.close()


def session_opener():
    """A client with cookies, as a browser signing in to the admin."""
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))


def post_form(opener, url, data, origin):
    request = urllib.request.Request(
        url,
        data=urlencode(data, doseq=True).encode(),
        headers={"Origin": origin, "Content-Type": "application/x-www-form-urlencoded"},
    )
    return opener.open(request, timeout=15)


def sign_in(stack, opener, base):
    """The editor signs in with the real form at `base`; the admin's home page."""
    login = f"{base}/admin/login/?next=/admin/"
    with opener.open(login, timeout=15) as page:
        data = form_data(page.read().decode())
    data.update(username=EDITOR_USERNAME, password=stack.editor_password)
    with post_form(opener, login, data, origin=base) as answer:
        return answer.url, answer.read().decode()


@pytest.fixture(scope="module")
def editor(stack):
    """A cookie jar signed in to the admin through nginx."""
    opener = session_opener()
    url, html = sign_in(stack, opener, stack.url("").rstrip("/"))
    assert url == stack.url("/admin/"), html[:2000]
    return opener


# --- Public pages through the proxy ---------------------------------------------------


@pytest.mark.parametrize("page", ["home", "desks", "desk", "english"])
def test_public_pages_come_through_the_proxy_without_cookies(stack, page):
    path = {"home": "/", "desks": "/sportelli/", "desk": stack.desk["url"], "english": "/en/"}[page]
    answer = fetch(stack.nginx_port, path)

    assert answer.status == 200, answer.text[:500]
    assert 'href="tel:1522"' in answer.text and 'href="tel:112"' in answer.text
    assert not answer.headers.get_all("Set-Cookie")
    for name in (*SECURITY_HEADERS, "X-Frame-Options"):
        assert answer.header(name), name
    # nginx says who it is, never its version; gunicorn's Server header stays behind.
    assert answer.header("Server") == "nginx"
    assert NGINX_REQUEST_ID.fullmatch(answer.header("X-Request-ID"))


def test_each_worker_freezes_what_it_holds_after_its_first_requests(stack):
    """deploy/gunicorn.conf.py's post_request hook: after GUNICORN_GC_FREEZE_AFTER (20 here)
    requests a worker leaves Django, its templates and its kept parts of pages out of
    every later garbage collection."""
    port = stack.app_ports["a"]
    pages = ["/", "/sportelli/", stack.desk["url"], "/en/", "/cerca/?q=violenza"]
    for number in range(120):
        assert fetch(port, pages[number % len(pages)]).status == 200

    log = stack.logs["a"].read_text()
    frozen = re.findall(r"\[(\d+)\] \[INFO\] Froze (\d+) objects after (\d+) requests", log)
    # At least one of its two workers served 20 of the 120; none froze twice.
    assert frozen, log[-3000:]
    assert len({pid for pid, _count, _after in frozen}) == len(frozen)
    for _pid, count, after in frozen:
        assert int(count) > 50_000  # the whole of Django, not a handful of objects
        assert int(after) >= 20


def test_pages_are_compressed_once_by_the_app(stack):
    plain = fetch(stack.nginx_port, "/sportelli/").text
    zipped = fetch(stack.nginx_port, "/sportelli/", headers={"Accept-Encoding": "gzip"})
    brotli_answer = fetch(stack.nginx_port, "/sportelli/", headers={"Accept-Encoding": "br, gzip"})

    assert zipped.header("Content-Encoding") == "gzip"
    assert gzip.decompress(zipped.body).decode() == plain
    assert brotli_answer.header("Content-Encoding") == "br"
    assert brotli.decompress(brotli_answer.body).decode() == plain
    assert "Accept-Encoding" in zipped.header("Vary")


def test_a_link_shared_on_a_social_network_is_served_from_the_page_cache(stack):
    fetch(stack.nginx_port, "/rete/")
    shared = fetch(stack.nginx_port, "/rete/?fbclid=IwAR2x&utm_source=facebook&utm_medium=social")
    assert shared.status == 200
    assert shared.header("X-Cache") == "HIT"
    assert "fbclid" not in shared.text and "utm_" not in shared.text
    newsletter = fetch(stack.nginx_port, "/rete/?mc_cid=7f3a&MC_EID=0c1d&&")
    assert newsletter.header("X-Cache") == "HIT"
    # Any other query is the app's to answer, every time.
    for query in ("?q=asti", "?fbclid=1&pagina=2", "?utm_source=x&q=asti", "?fbclidx=1"):
        assert fetch(stack.nginx_port, "/rete/" + query).header("X-Cache") == "BYPASS", query


def app_log_statuses(stack, path):
    """The statuses the app servers logged for GETs of `path` (operations/logs.py), in
    order (each server's log is read in turn)."""
    statuses = []
    for line in stack.app_log_text().splitlines():
        if line.startswith("{") and f'"GET {path} ' in line:
            statuses.append(json.loads(line)["status"])
    return sorted(statuses)


def logged_releases(stack):
    """The release digest each app process logged as it started (pariopportunita/wsgi.py)."""
    return [
        json.loads(line)["message"]
        for line in stack.app_log_text().splitlines()
        if line.startswith("{") and '"pariopportunita.release"' in line
    ]


def test_every_app_process_renders_the_same_release(stack):
    """Page ETags carry the release: a revalidation that reaches another process (of the
    same server or the other one) must find the same one, or it renders the page again."""
    releases = logged_releases(stack)
    # Two servers, two workers each (WEB_CONCURRENCY=2).
    assert len(releases) == 4
    assert len(set(releases)) == 1, releases


def test_a_public_page_is_kept_then_revalidated_without_rendering(stack):
    path = "/contatti/"
    first = fetch(stack.nginx_port, path, headers={"Accept-Encoding": "gzip"})
    second = fetch(stack.nginx_port, path, headers={"Accept-Encoding": "gzip"})
    assert (first.header("X-Cache"), second.header("X-Cache")) == ("MISS", "HIT")
    assert second.body == first.body
    # Each answer has its own request id, not the one stored with the page.
    assert second.header("X-Request-ID") != first.header("X-Request-ID")
    assert app_log_statuses(stack, path) == [200]
    # Once its s-maxage has passed, nginx asks the app with the page's ETag: nothing
    # changed, so the app answers 304 and nginx keeps serving what it holds.
    time.sleep(PAGE_FRESH_SECONDS + 1)
    third = fetch(stack.nginx_port, path, headers={"Accept-Encoding": "gzip"})
    assert third.header("X-Cache") in ("STALE", "UPDATING", "REVALIDATED")
    assert third.body == first.body
    deadline = time.monotonic() + 10
    while app_log_statuses(stack, path) == [200] and time.monotonic() < deadline:
        time.sleep(0.2)
    assert app_log_statuses(stack, path) == [200, 304], logged_releases(stack)
    assert (
        fetch(stack.nginx_port, path, headers={"Accept-Encoding": "gzip"}).header("X-Cache")
        == "HIT"
    )
    # A browser that holds the page is answered 304 by nginx.
    again = fetch(
        stack.nginx_port,
        path,
        headers={"Accept-Encoding": "gzip", "If-None-Match": first.header("ETag")},
    )
    assert again.status == 304


def test_an_act_s_document_is_kept_like_a_page(stack):
    """Downloads come from nginx's cache: the app is not asked for each one, and
    concurrent first downloads do not wait for each other on nginx's cache lock."""
    printed = manage(
        stack.env,
        "shell",
        "-c",
        "from django.core.files.base import ContentFile\n"
        "from pages.models import Deliberation\n"
        "from tests.helpers import blank_pdf\n"
        "act = Deliberation.objects.get(number='231')\n"
        "act.document.save('atto.pdf', ContentFile(blank_pdf()))\n"
        "print(act.get_absolute_url() + 'documento/')\n",
        log=stack.tmp / "logs" / "setup.log",
    )
    path = printed.strip().splitlines()[-1]
    first = fetch(stack.nginx_port, path, headers={"Accept-Encoding": "gzip"})
    second = fetch(stack.nginx_port, path, headers={"Accept-Encoding": "gzip"})
    assert first.status == 200 and first.header("Content-Type") == "application/pdf"
    assert (first.header("X-Cache"), second.header("X-Cache")) == ("MISS", "HIT")
    assert second.body == first.body
    assert app_log_statuses(stack, path) == [200]


def test_each_compression_is_kept_apart(stack):
    path = "/atti/"
    plain = fetch(stack.nginx_port, path)
    for encoding, decompress in (("br", brotli.decompress), ("gzip", gzip.decompress)):
        for accept in (encoding, f"{encoding};q=1.0, identity", f"deflate, {encoding}"):
            if encoding == "gzip" and "br" in accept:
                continue
            answer = fetch(stack.nginx_port, path, headers={"Accept-Encoding": accept})
            assert answer.header("Content-Encoding") == encoding, accept
            assert decompress(answer.body) == plain.body, accept
    identity = fetch(stack.nginx_port, path, headers={"Accept-Encoding": "identity"})
    assert not identity.header("Content-Encoding") and identity.body == plain.body


def test_staff_searches_and_errors_are_never_kept(stack, editor):
    for _ in range(2):
        staff = fetch(stack.nginx_port, "/servizio/", headers={"Cookie": "sessionid=abc"})
        signing_in = fetch(stack.nginx_port, "/servizio/", headers={"Cookie": "a=1; csrftoken=x"})
        search = fetch(stack.nginx_port, "/cerca/?q=violenza")
        missing = fetch(stack.nginx_port, "/non-esiste/")
        assert (staff.header("X-Cache"), signing_in.header("X-Cache")) == ("BYPASS", "BYPASS")
        assert search.header("X-Cache") == "BYPASS"
        assert (missing.status, missing.header("X-Cache")) == (404, "MISS")
    # A visitor's own cookie is not the staff's: she gets the kept page.
    fetch(stack.nginx_port, "/servizio/")
    visitor = fetch(stack.nginx_port, "/servizio/", headers={"Cookie": "xsessionid=1"})
    assert visitor.header("X-Cache") == "HIT"


def test_the_request_id_is_nginx_s_unless_the_client_sent_a_valid_one(stack):
    logged = len(nginx_log_lines(stack))
    mine = fetch(stack.nginx_port, "/healthz", headers={"X-Request-ID": "px-trace-0001"})
    invalid = fetch(stack.nginx_port, "/healthz", headers={"X-Request-ID": "no spaces!"})

    assert mine.header("X-Request-ID") == "px-trace-0001"
    assert NGINX_REQUEST_ID.fullmatch(invalid.header("X-Request-ID"))
    # The same id in nginx's access log and in the app's log line.
    nginx_ids = [json.loads(line)["request_id"] for line in nginx_log_lines(stack, logged + 2)]
    assert "px-trace-0001" in nginx_ids
    assert invalid.header("X-Request-ID") in nginx_ids
    assert '"request_id": "px-trace-0001"' in stack.app_log_text()


# --- Static files and uploads, served by nginx itself -----------------------------------


def test_static_files_are_served_by_nginx_with_the_app_s_headers(stack):
    css = HASHED_CSS.search(fetch(stack.nginx_port, "/").text).group(1)
    on_disk = (stack.static_root / css.removeprefix("/static/")).read_bytes()
    gz_on_disk = (stack.static_root / (css.removeprefix("/static/") + ".gz")).read_bytes()

    plain = fetch(stack.nginx_port, css)
    zipped = fetch(stack.nginx_port, css, headers={"Accept-Encoding": "gzip"})
    from_the_app = fetch(stack.app_ports["a"], css)

    assert plain.status == 200 and plain.body == on_disk
    assert plain.header("Cache-Control") == "public, max-age=31536000, immutable"
    assert plain.header("Content-Type").startswith("text/css")
    # Not the app: it would add its X-Cache header, and WhiteNoise its own Cache-Control.
    assert not plain.header("X-Cache")
    # collectstatic's .gz copy as it is on disk (gzip_static), not compressed again.
    assert zipped.header("Content-Encoding") == "gzip"
    assert zipped.body == gz_on_disk
    assert gzip.decompress(zipped.body) == on_disk
    assert "Accept-Encoding" in zipped.header("Vary")
    # The security headers are exactly those WhiteNoise sends for the same file.
    for name in SECURITY_HEADERS:
        assert plain.header(name) == from_the_app.header(name), name
    assert not plain.header("Strict-Transport-Security")  # plain HTTP here


def test_unhashed_static_files_are_cached_briefly_and_folders_are_not_listed(stack):
    unhashed = fetch(stack.nginx_port, "/static/build/css/site.css")

    assert unhashed.status == 200
    assert unhashed.header("Cache-Control") == "public, max-age=60"
    for folder in ("/static/", "/static/build/", "/static/build/css", "/media/", "/media/acts/"):
        answer = fetch(stack.nginx_port, folder)
        assert answer.status == 404, folder
        assert "Index of" not in answer.text
    assert fetch(stack.nginx_port, "/static/build/css/missing.0123456789ab.css").status == 404


def test_uploads_are_served_with_nosniff_and_can_never_run_script(stack):
    (stack.media_root / "pages").mkdir(parents=True, exist_ok=True)
    (stack.media_root / "acts" / "2026").mkdir(parents=True, exist_ok=True)
    (stack.media_root / "pages" / "0123456789abcdef-10x10.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (stack.media_root / "acts" / "2026" / "fedcba9876543210.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (stack.media_root / "pages" / "planted.html").write_text("<script>alert(1)</script>")

    image = fetch(stack.nginx_port, "/media/pages/0123456789abcdef-10x10.png")
    document = fetch(stack.nginx_port, "/media/acts/2026/fedcba9876543210.pdf")
    planted = fetch(stack.nginx_port, "/media/pages/planted.html")

    assert image.status == 200 and image.header("Content-Type") == "image/png"
    assert not image.header("Content-Disposition")
    assert document.status == 200 and document.header("Content-Type") == "application/pdf"
    assert document.header("Content-Disposition") == "attachment"
    assert planted.header("Content-Type") == "application/octet-stream"
    for answer in (image, document, planted):
        assert answer.header("X-Content-Type-Options") == "nosniff"
        policy = answer.header("Content-Security-Policy")
        assert "default-src 'none'" in policy and "sandbox" in policy
        assert "script-src" not in policy
        assert answer.header("Referrer-Policy") == "no-referrer"
    assert fetch(stack.nginx_port, "/media/pages/missing.png").status == 404


def test_the_upload_limit_fits_a_20_mb_document(stack):
    # A form with a 20 MB file (MAX_DOCUMENT_SIZE) and a few fields reaches the app, which
    # reads it all (here: the sign-in form, which then refuses the wrong password)...
    login = fetch(stack.nginx_port, "/admin/login/")
    fields = {**form_data(login.text), "username": "px_nobody", "password": "wrong"}
    cookies = "; ".join(
        value.split(";", 1)[0] for value in login.headers.get_all("Set-Cookie") or []
    )
    boundary = "px-boundary-7d1f3a"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="document"; '
        f'filename="delibera.pdf"\r\nContent-Type: application/pdf\r\n\r\n'.encode()
        + b"%PDF-1.4\n"
        + b"0" * (20 * 1024 * 1024)
        + b"\n%%EOF\r\n"
    )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    allowed = fetch(
        stack.nginx_port,
        "/admin/login/",
        method="POST",
        body=body,
        headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Cookie": cookies,
        },
        timeout=60,
    )
    assert allowed.status == 200, allowed.text[:500]
    assert not allowed.header("X-Cache")  # the app's answer: the admin is never kept
    # ...and nginx refuses what no form of the site can need, before reading it.
    connection = http.client.HTTPConnection("127.0.0.1", stack.nginx_port, timeout=15)
    try:
        connection.putrequest("POST", "/admin/login/")
        connection.putheader("Content-Length", str(27 * 1024 * 1024))
        connection.endheaders()
        assert connection.getresponse().status == 413
    finally:
        connection.close()


# --- Health checks --------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_health_checks_through_the_proxy_are_never_cached_and_set_no_cookie(stack, path):
    answer = fetch(stack.nginx_port, path)

    assert answer.status == 200, answer.text
    assert json.loads(answer.body)["status"] == "ok"
    assert not answer.headers.get_all("Set-Cookie")
    cache_control = answer.header("Cache-Control")
    assert "no-store" in cache_control and "no-cache" in cache_control
    if path == "/readyz":
        assert json.loads(answer.body) == {"status": "ok", "database": "ok", "cache": "ok"}


# --- The admin through the proxy, and an edit seen by every app server -----------------


def test_the_admin_sign_in_page_comes_through_the_proxy(stack):
    answer = fetch(stack.nginx_port, "/admin/login/")

    assert answer.status == 200
    assert 'name="password"' in answer.text
    assert "no-cache" in answer.header("Cache-Control")
    assert any("csrftoken" in value for value in answer.headers.get_all("Set-Cookie") or [])


def test_an_editor_signs_in_through_the_proxy(stack, editor):
    # The browser's Origin (with nginx's port) matched the Host nginx passed on, so the
    # sign-in form was accepted; the admin opens with the editor's session.
    with editor.open(stack.url("/admin/"), timeout=15) as home:
        html = home.read().decode()
    assert home.url == stack.url("/admin/")
    assert EDITOR_USERNAME in html


def test_an_edit_through_one_app_server_shows_at_once_on_the_other(stack, editor):
    port_a, port_b = stack.app_ports["a"], stack.app_ports["b"]
    desk_url = stack.desk["url"]
    new_name = f"Sportello di prova {time.monotonic_ns() % 100000}"
    # The page is in nginx's cache.
    fetch(stack.nginx_port, desk_url)
    before = fetch(stack.nginx_port, desk_url)
    assert before.header("X-Cache") == "HIT"
    assert html.escape(stack.desk["name"]) in before.text and new_name not in before.text

    change = f"http://127.0.0.1:{port_a}/admin/network/helpdesk/{stack.desk['id']}/change/"
    with editor.open(change, timeout=15) as form_page:
        data = form_data(form_page.read().decode())
    assert data["name_it"] == stack.desk["name"]
    data["name_it"] = new_name
    with post_form(editor, change, data, origin=f"http://127.0.0.1:{port_a}") as saved:
        page = saved.read().decode()
    assert saved.url.endswith("/admin/network/helpdesk/"), page[:3000]

    # The other app server renders it at once; nginx, once the page it holds is no
    # longer fresh (DJANGO_PAGE_FRESH_SECONDS) and it has asked again.
    from_b = fetch(port_b, desk_url)
    assert from_b.status == 200 and new_name in from_b.text
    deadline = time.monotonic() + PAGE_FRESH_SECONDS + 10
    while new_name not in (through_nginx := fetch(stack.nginx_port, desk_url)).text:
        assert time.monotonic() < deadline, "the edit never reached the page through nginx"
        time.sleep(0.2)
    assert through_nginx.status == 200


# --- Logs -----------------------------------------------------------------------------


def nginx_log_lines(stack, at_least=0, timeout=5):
    """nginx's access log; it writes a line once the answer has gone, so wait for it."""
    deadline = time.monotonic() + timeout
    while True:
        lines = [line for line in stack.nginx_access_log.read_text().splitlines() if line]
        if len(lines) >= at_least or time.monotonic() > deadline:
            return lines
        time.sleep(0.05)


def test_no_log_holds_a_client_s_address_or_query(stack):
    headers = {"X-Forwarded-For": VISITOR_ADDRESS}
    fetch(stack.nginx_port, "/?q=" + VISITOR_ADDRESS, headers=headers)
    # A word no address of the site holds (the seed's slugs do hold "violenza").
    fetch(stack.nginx_port, "/cerca/?q=riservatissima", headers=headers)
    fetch(stack.nginx_port, "/static/nothing-here.css", headers=headers)
    login = fetch(stack.nginx_port, "/admin/login/", headers=headers)
    wrong = {**form_data(login.text), "username": EDITOR_USERNAME, "password": "wrong"}
    cookies = "; ".join(
        value.split(";", 1)[0] for value in login.headers.get_all("Set-Cookie") or []
    )
    fetch(
        stack.nginx_port,
        "/admin/login/",
        method="POST",
        body=urlencode(wrong),
        headers={
            **headers,
            "Cookie": cookies,
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )

    lines = nginx_log_lines(stack)
    assert len(lines) > 20
    for line in lines:
        entry = json.loads(line)
        assert set(entry) == LOG_FIELDS
        # The client here is 127.0.0.1, like the app servers and the site's host name.
        for key, value in entry.items():
            if key not in {"host", "upstream"}:
                assert "127.0.0.1" not in str(value), line
        assert "riservatissima" not in line and "?" not in entry["path"]
    logs = stack.tmp / "logs"
    # Debian's http-level access log (with addresses) never sees this site.
    assert not (logs / "nginx-main-access.log").exists() or not (
        (logs / "nginx-main-access.log").read_text()
    )
    for path in logs.glob("*.log"):
        text = path.read_text(errors="replace")
        assert VISITOR_ADDRESS not in text, path.name
        assert "client: " not in text, path.name


# --- Stopping app servers (last: they stay stopped) -----------------------------------


def test_stopping_one_app_server_loses_no_request(stack):
    # Both app servers take requests before the stop.
    logged = len(nginx_log_lines(stack))
    for _ in range(8):
        fetch(stack.nginx_port, "/healthz")
    upstreams = {json.loads(line)["upstream"] for line in nginx_log_lines(stack, logged + 8)[-8:]}
    assert {f"127.0.0.1:{port}" for port in stack.app_ports.values()} <= upstreams

    results = []
    stop = threading.Event()

    def visitor():
        number = 0
        while not stop.is_set():
            number += 1
            # Pages the app renders every time (a query string bypasses the page cache),
            # cached ones and the health check, one after another as fast as they come.
            path = (f"/sportelli/?n={number}", "/", "/healthz")[number % 3]
            try:
                results.append((time.monotonic(), path, fetch(stack.nginx_port, path).status))
            except OSError as error:
                results.append((time.monotonic(), path, repr(error)))

    client = threading.Thread(target=visitor)
    client.start()
    try:
        time.sleep(1)
        stopped_at = time.monotonic()
        stack.stop_app("a")
        stopped_after = time.monotonic() - stopped_at
        time.sleep(1.5)
    finally:
        stop.set()
        client.join(timeout=30)

    assert stack.processes["a"].returncode is not None
    failed = [result for result in results if result[2] != 200]
    assert not failed, failed[:10]
    assert len(results) > 50
    after = [result for result in results if result[0] > stopped_at + stopped_after]
    assert len(after) > 10
    # (Pages nginx answered from its cache name no upstream.)
    late = [json.loads(line)["upstream"] for line in nginx_log_lines(stack)[-10:]]
    late_upstreams = {upstream for upstream in late if upstream}
    assert late_upstreams == {f"127.0.0.1:{stack.app_ports['b']}"}


def test_with_no_app_server_nginx_still_gives_the_help_numbers(stack):
    # After a deploy: every page of the sitemap, in every language, asked for once.
    warmed = manage(
        stack.env,
        "warm_cache",
        "--base-url",
        stack.url(""),
        "--encoding",
        "identity",
        log=stack.tmp / "logs" / "setup.log",
    )
    assert "answered 200" in warmed
    sitemap = fetch(stack.nginx_port, "/sitemap.xml").text
    paths = [urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    assert len(paths) > 9 * 100 and "/en/sportelli/" in paths
    for name in stack.app_ports:
        stack.stop_app(name)

    # Every page nginx holds is served as it was, however old.
    for path in paths:
        kept = fetch(stack.nginx_port, path, headers={"Accept-Encoding": "identity"})
        assert (kept.status, kept.header("X-Cache")) in ((200, "STALE"), (200, "HIT")), path
    assert 'href="tel:1522"' in kept.text

    answer = fetch(stack.nginx_port, "/sportelli/?q=nessuna-copia")

    assert answer.status == 503
    assert answer.header("Content-Type") == "text/html; charset=utf-8"
    assert answer.header("Cache-Control") == "no-store"
    assert answer.header("Retry-After") == "30"
    assert 'href="tel:1522"' in answer.text and 'href="tel:112"' in answer.text
    assert 'href="https://www.meteoam.it/"' in answer.text
    # Said in every language of the site, each marked as such; Arabic right to left.
    for code in ("en", "sq", "ro", "ar", "mk", "uk", "fr", "es"):
        assert f'<div lang="{code}"' in answer.text, code
    assert '<div lang="ar" dir="rtl">' in answer.text
    assert answer.text.count('href="tel:1522"') == 9
    assert answer.header("Content-Security-Policy").startswith("default-src 'none'")
    # Static files do not need the app.
    assert fetch(stack.nginx_port, "/static/build/css/site.css").status == 200
