"""deploy/nginx/render.py: the site as a server runs it, with TLS, checked by Debian's nginx."""

import contextlib
import http.client
import importlib.util
import re
import shutil
import signal
import ssl
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from .conftest import (
    DEBIAN_MIME_TYPES,
    RENDER,
    find_nginx,
    free_ports,
    stop_process_group,
    unavailable,
)

# deploy/ is not a package: load the renderer from its file, as an operator runs it.
_spec = importlib.util.spec_from_file_location("nginx_render", RENDER)
render = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(render)


def arguments(tmp, **extra):
    values = {
        "server_names": ["pariopportunita.example.org"],
        "app_servers": ["127.0.0.1:8001", "unix:/run/pariopportunita/b.sock"],
        "static_root": tmp / "static",
        "media_root": tmp / "media",
        "log_dir": tmp / "logs",
        "cache_dir": tmp / "cache",
    }
    return {**values, **extra}


def test_plain_http_on_port_80_by_default(tmp_path):
    text = render.render(**arguments(tmp_path))
    assert "    listen 80;\n    listen [::]:80;\n" in text
    assert "ssl" not in text.split("server {", 1)[1].split("server_tokens", 1)[0]
    assert "server 127.0.0.1:8001 max_fails=3 fail_timeout=10s;" in text
    assert "server unix:/run/pariopportunita/b.sock max_fails=3" in text
    assert not render.PLACEHOLDER.search(text)


def test_the_pages_nginx_writes_itself_fit_one_parameter_and_speak_nine_languages(tmp_path):
    # nginx reads a parameter into a 4,096-byte buffer and refuses the whole configuration
    # ("too long parameter") beyond it: each page nginx returns itself must fit, with the
    # longest quick-exit address the site's settings accept (200 characters).
    url = "https://example.org/" + "a" * 180
    text = render.render(**arguments(tmp_path, quick_exit_url=url))
    pages = re.findall(r"return \d+ '([^']*)'", text)
    assert len(pages) == 2  # a refused request, and no app server reachable
    for page in pages:
        assert len(page.encode()) < 3900
        assert url in page
        for code in ("it", "en", "sq", "ro", "ar", "mk", "uk", "fr", "es"):
            assert f'lang="{code}"' in page, code
        assert '<div lang="ar" dir="rtl">' in page


def test_uploads_are_accepted_only_under_the_admins_address(tmp_path):
    text = render.render(**arguments(tmp_path, admin_url="gestione-sito/"))
    server = text.split("server {", 1)[1]
    assert "    client_max_body_size 16k;" in server
    admin = server.split("location ^~ /gestione-sito/ {", 1)[1].split("}", 1)[0]
    assert "client_max_body_size 26m;" in admin


@pytest.mark.parametrize(
    "unsafe",
    [
        {"server_names": ["example.org; include /etc/passwd"]},
        {"app_servers": ["127.0.0.1:8001 backup"]},
        {"static_root": Path("/")},
        {"media_root": Path("relative/media")},
        {"tls_certificate": "/etc/ssl/cert.pem"},  # without its key
        {"quick_exit_url": "javascript:alert(1)"},
        {"admin_url": "admin/ { return 200; }"},
        {"admin_url": "/admin/"},
        {"admin_url": "admin"},
        {"cache_dir": Path("/")},
        {"cache_dir": "/var/cache/x levels=1 keys_zone=other:1m"},
        {"cache_size": "1g; proxy_cache off"},
        {"cache_size": "big"},
    ],
)
def test_unsafe_or_incomplete_values_are_refused(tmp_path, unsafe):
    with pytest.raises(ValueError):
        render.render(**arguments(tmp_path, **unsafe))


@pytest.fixture
def certificate(tmp_path):
    if shutil.which("openssl") is None:
        unavailable("openssl is not installed")
    key, cert = tmp_path / "privkey.pem", tmp_path / "fullchain.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


def test_with_a_certificate_nginx_serves_tls_and_the_site_s_hsts_policy(certificate):
    nginx = find_nginx()
    if nginx is None or not DEBIAN_MIME_TYPES.exists():
        unavailable("nginx is not installed (Debian: apt-get install nginx)")
    cert, key = certificate
    tmp = Path(tempfile.mkdtemp(prefix="px_tls_", dir="/tmp"))
    process = None
    try:
        tmp.chmod(0o755)
        for folder in ("logs", "temp", "run", "media", "static/build/css"):
            (tmp / folder).mkdir(parents=True)
        css = tmp / "static" / "build" / "css" / "site.0123456789ab.css"
        css.write_text("body{color:#000}")
        for path in (tmp / "static", tmp / "static/build", tmp / "static/build/css", css):
            path.chmod(0o755 if path.is_dir() else 0o644)
        (port,) = free_ports(1)
        rendered = render.render(
            **arguments(tmp),
            tls_listen=[f"127.0.0.1:{port}"],
            tls_certificate=cert,
            tls_certificate_key=key,
            hsts_seconds=31536000,
            hsts_include_subdomains=True,
            hsts_preload=True,
        )
        assert f"    listen 127.0.0.1:{port} ssl http2;\n" in rendered
        assert f"    ssl_certificate {cert};\n    ssl_certificate_key {key};\n" in rendered
        (tmp / "pariopportunita.conf").write_text(rendered)
        main = tmp / "nginx.conf"
        main.write_text(render.main_config(tmp, tmp / "pariopportunita.conf", DEBIAN_MIME_TYPES))
        command = [nginx, "-p", str(tmp), "-c", str(main)]
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True, timeout=30)
        assert checked.returncode == 0, checked.stderr
        process = subprocess.Popen(
            [*command, "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        context = ssl.create_default_context(cafile=str(cert))
        context.check_hostname = False
        answer = None
        for _attempt in range(50):
            connection = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=5)
            try:
                connection.request("GET", "/static/build/css/site.0123456789ab.css")
                response = connection.getresponse()
                answer = (response.status, dict(response.getheaders()), response.read())
                break
            except OSError:
                time.sleep(0.1)
            finally:
                connection.close()
        assert answer is not None, "nginx did not answer over TLS"
        status, headers, body = answer
        assert status == 200 and body == b"body{color:#000}"
        # The same policy the app's pages send with both variables set.
        assert headers["Strict-Transport-Security"] == (
            "max-age=31536000; includeSubDomains; preload"
        )
    finally:
        if process is not None:
            stop_process_group(process, signal.SIGTERM)
        with contextlib.suppress(OSError):
            shutil.rmtree(tmp)


def test_only_tracking_parameters_leave_a_page_in_the_page_cache(tmp_path):
    """The map of query strings nginx keeps pages for: none, or tracking parameters only,
    with operations/tracking.py's names (render.py reads them from it)."""
    from operations.tracking import TRACKING_NAMES, TRACKING_PREFIXES, without_tracking

    text = render.render(**arguments(tmp_path))
    block = text.split("map $args $pariopportunita_query {", 1)[1].split("}\n", 1)[0]
    pattern = re.compile(re.search(r'"~\*(.+)" "";', block).group(1), re.IGNORECASE)
    tracking = [*TRACKING_NAMES, *(prefix + "campaign" for prefix in TRACKING_PREFIXES)]
    for name in tracking:
        for query in (f"{name}=x", f"{name}", f"{name}=a&{name}=b", f"{name.upper()}=x"):
            assert pattern.fullmatch(query), query
            assert without_tracking(query) == ""
    for query in ("q=asti", "fbclid=1&q=2", "q=2&fbclid=1", "fbclidx=1", "xfbclid=1", "pagina=2"):
        assert not pattern.fullmatch(query), query
        assert without_tracking(query) != ""


def test_staff_cookies_in_the_configuration_are_django_s(tmp_path, settings):
    text = render.render(**arguments(tmp_path))
    block = text.split("map $http_cookie $pariopportunita_staff {", 1)[1].split("}\n", 1)[0]
    assert f"(?:{settings.SESSION_COOKIE_NAME}|{settings.CSRF_COOKIE_NAME})=" in block


def test_the_command_writes_the_files_it_is_given_and_prints_only_without_one(tmp_path, capsys):
    required = [
        *("--server-name", "pariopportunita.example.org", "--app-server", "127.0.0.1:8001"),
        *("--static-root", str(tmp_path / "static"), "--media-root", str(tmp_path / "media")),
    ]
    assert render.main(required) == 0
    printed = capsys.readouterr().out
    assert "upstream pariopportunita_app" in printed
    site = tmp_path / "pariopportunita.conf"
    assert render.main([*required, "--output", str(site), "--main-config", str(tmp_path)]) == 0
    assert capsys.readouterr().out == ""
    assert site.read_text() == printed
    assert f"include {site};" in (tmp_path / "nginx.conf").read_text()
    assert render.main([*required, "--output", str(site)]) == 0
    assert capsys.readouterr().out == ""
