#!/usr/bin/env python3
"""Render the nginx site for this server from pariopportunita.conf.template.

    python3 deploy/nginx/render.py \\
        --server-name pariopportunita.provincia.asti.it \\
        --app-server 127.0.0.1:8001 \\
        --static-root /srv/pariopportunita/staticfiles \\
        --media-root /srv/pariopportunita/media \\
        --output /etc/nginx/sites-available/pariopportunita

Repeat --app-server for each gunicorn (host:port, or unix:/path/to.sock). With
--tls-certificate and --tls-certificate-key nginx listens with TLS on 443 (IPv4 and IPv6;
--tls-listen to change), otherwise in plain HTTP on 80 (--listen to change).

Standard library only, so the system's python3 runs it. Every placeholder must be filled
and every value is checked (no spaces, semicolons or braces that would change the
configuration's meaning); see docs/deploy.md.
"""

import argparse
import ast
import re
import sys
from pathlib import Path

TEMPLATE = Path(__file__).with_name("pariopportunita.conf.template")
# The tracking parameters the app drops, read from its source (no Django needed here).
TRACKING = Path(__file__).resolve().parents[2] / "operations" / "tracking.py"
PLACEHOLDER = re.compile(r"@([A-Z][A-Z_]*)@")

# nginx's fail-over settings for each app server (see the template).
SERVER_OPTIONS = "max_fails=3 fail_timeout=10s"

HOST_PORT = re.compile(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):[0-9]{1,5}")
UNIX_SOCKET = re.compile(r"unix:/[A-Za-z0-9._/-]+")
LISTEN = re.compile(r"(\[[0-9A-Fa-f:.]+\]:|[A-Za-z0-9.-]+:)?[0-9]{1,5}")
SERVER_NAME = re.compile(r"[A-Za-z0-9.*_-]+")
ABSOLUTE_PATH = re.compile(r"/[A-Za-z0-9._/-]*")
ADMIN_PATH = re.compile(r"(?:[A-Za-z0-9._-]+/)+")
URL = re.compile(r"https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/%-]*)?")
SIZE = re.compile(r"[0-9]{1,6}[kmg]")


def tracking_parameters(source=TRACKING):
    """The regular expression of operations/tracking.py's names and prefixes, for nginx."""
    values = {}
    for node in ast.parse(Path(source).read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name == "TRACKING_PREFIXES":
                values[name] = ast.literal_eval(node.value)
            elif name == "TRACKING_NAMES":  # frozenset({...})
                values[name] = ast.literal_eval(node.value.args[0])
    names = sorted(values["TRACKING_NAMES"])
    prefixes = sorted(values["TRACKING_PREFIXES"])
    for value in [*names, *prefixes]:
        _check(re.compile(r"[a-z_]+"), value, "tracking parameter")
    return "|".join([*(f"{prefix}[^=&]*" for prefix in prefixes), *names])


def _check(pattern, value, what):
    if not pattern.fullmatch(value):
        raise ValueError(f"{what}: {value!r} is not valid here")
    return value


def render(
    *,
    server_names,
    app_servers,
    static_root,
    media_root,
    listen=None,
    tls_listen=None,
    tls_certificate=None,
    tls_certificate_key=None,
    log_dir="/var/log/nginx",
    hsts_seconds=31536000,
    hsts_include_subdomains=False,
    hsts_preload=False,
    quick_exit_url="https://www.meteoam.it/",
    admin_url="admin/",
    cache_dir="/var/lib/nginx/pariopportunita-pages",
    cache_size="1g",
    template=TEMPLATE,
):
    """The configuration as text; ValueError when a value is missing or unsafe.

    Without a certificate nginx listens on `listen` (port 80 by default) in plain HTTP;
    with one, on `tls_listen` (443 by default) with TLS, and on `listen` only if given.
    """
    tls = bool(tls_certificate or tls_certificate_key)
    if tls and not (tls_certificate and tls_certificate_key):
        raise ValueError("TLS needs both the certificate and its key")
    if tls_listen and not tls:
        raise ValueError("a TLS listen address needs the certificate and its key")
    if listen is None:
        listen = () if tls else ("80", "[::]:80")
    tls_listen = (tls_listen or ("443", "[::]:443")) if tls else ()
    if not server_names or not app_servers or not (listen or tls_listen):
        raise ValueError("at least one server name, app server and listen address are needed")
    servers = [
        _check(UNIX_SOCKET if value.startswith("unix:") else HOST_PORT, value, "app server")
        for value in app_servers
    ]
    values = {
        "APP_SERVERS": "\n".join(f"    server {value} {SERVER_OPTIONS};" for value in servers),
        "LISTEN": "\n".join(
            [f"    listen {_check(LISTEN, value, 'listen')};" for value in listen]
            # http2 as Debian 12's nginx 1.22 spells it (1.25 also accepts `http2 on;`).
            + [
                f"    listen {_check(LISTEN, value, 'TLS listen')} ssl http2;"
                for value in tls_listen
            ]
        ),
        "TLS": (
            f"    ssl_certificate {_check(ABSOLUTE_PATH, str(tls_certificate), 'certificate')};\n"
            f"    ssl_certificate_key "
            f"{_check(ABSOLUTE_PATH, str(tls_certificate_key), 'certificate key')};"
            if tls
            else ""
        ),
        "SERVER_NAME": " ".join(_check(SERVER_NAME, name, "server name") for name in server_names),
        "STATIC_ROOT": _check(ABSOLUTE_PATH, str(static_root).rstrip("/"), "static root"),
        "MEDIA_ROOT": _check(ABSOLUTE_PATH, str(media_root).rstrip("/"), "media root"),
        "LOG_DIR": _check(ABSOLUTE_PATH, str(log_dir).rstrip("/"), "log folder"),
        # As the app's (SecurityMiddleware): the same policy on pages and files.
        "HSTS": (
            f"max-age={int(hsts_seconds)}"
            + ("; includeSubDomains" if hsts_include_subdomains else "")
            + ("; preload" if hsts_preload else "")
            if int(hsts_seconds) > 0
            else ""
        ),
        "QUICK_EXIT_URL": _check(URL, quick_exit_url, "quick exit URL"),
        # Where uploads are accepted (as DJANGO_ADMIN_URL): the rest of the site takes 16 KB.
        "ADMIN_PATH": _check(ADMIN_PATH, admin_url, "admin URL"),
        # The page cache: a folder nginx's workers can write to, and its largest size.
        "CACHE_DIR": _check(ABSOLUTE_PATH, str(cache_dir).rstrip("/"), "cache folder"),
        "CACHE_SIZE": _check(SIZE, cache_size, "cache size"),
        "TRACKING_PARAMETERS": tracking_parameters(),
    }
    for name in ("STATIC_ROOT", "MEDIA_ROOT", "LOG_DIR", "CACHE_DIR"):
        if not values[name] or values[name] == "/":
            raise ValueError(f"{name.lower().replace('_', ' ')} cannot be the root folder")

    text = Path(template).read_text(encoding="utf-8")
    wanted = set(PLACEHOLDER.findall(text))
    if wanted != set(values):
        raise ValueError(f"template and renderer disagree: {sorted(wanted ^ set(values))}")
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], text)


# What Debian's /etc/nginx/nginx.conf puts around a site, for an nginx that runs on its own
# with every file in one folder (`make serve`, the tests, the benchmark): its pid, logs and
# temp files there, the site's configuration included from there. Like Debian's, it has an
# http-level access log in the "combined" format (with addresses): the site's own server
# block must leave it empty (tests/integration/test_proxy.py checks).
MAIN_CONFIG = """\
worker_processes auto;
pid {folder}/run/nginx.pid;
error_log {folder}/logs/nginx-main-error.log;
events {{ worker_connections 1024; }}
http {{
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include {mime_types};
    default_type application/octet-stream;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_prefer_server_ciphers on;
    access_log {folder}/logs/nginx-main-access.log;
    client_body_temp_path {folder}/temp/body;
    proxy_temp_path {folder}/temp/proxy;
    fastcgi_temp_path {folder}/temp/fastcgi;
    uwsgi_temp_path {folder}/temp/uwsgi;
    scgi_temp_path {folder}/temp/scgi;
    include {site};
}}
"""


def main_config(folder, site, mime_types="/etc/nginx/mime.types"):
    """nginx's main configuration for a self-contained run in `folder` (see MAIN_CONFIG)."""
    folder = _check(ABSOLUTE_PATH, str(folder).rstrip("/"), "folder")
    return MAIN_CONFIG.format(
        folder=folder,
        site=_check(ABSOLUTE_PATH, str(site), "site configuration"),
        mime_types=_check(ABSOLUTE_PATH, str(mime_types), "mime types"),
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--server-name",
        action="append",
        required=True,
        help="host name visitors use (repeat for more)",
    )
    parser.add_argument(
        "--app-server",
        action="append",
        required=True,
        help="a gunicorn: host:port or unix:/path.sock (repeat for each)",
    )
    parser.add_argument("--static-root", required=True, help="DJANGO_STATIC_ROOT")
    parser.add_argument("--media-root", required=True, help="DJANGO_MEDIA_ROOT")
    parser.add_argument(
        "--listen",
        action="append",
        help="a plain-HTTP listen address (repeat for more; default: 80 and [::]:80 "
        "without a certificate, none with one)",
    )
    parser.add_argument("--tls-certificate", help="the certificate chain (fullchain.pem)")
    parser.add_argument("--tls-certificate-key", help="its private key (privkey.pem)")
    parser.add_argument(
        "--tls-listen",
        action="append",
        help="a TLS listen address (repeat for more; default with a certificate: 443 and [::]:443)",
    )
    parser.add_argument("--log-dir", default="/var/log/nginx", help="default: /var/log/nginx")
    parser.add_argument(
        "--hsts-seconds",
        type=int,
        default=31536000,
        help="HSTS max-age for static and media files over TLS, as DJANGO_HSTS_SECONDS "
        "(0: none; default 31536000)",
    )
    parser.add_argument(
        "--hsts-include-subdomains",
        action="store_true",
        help="as DJANGO_HSTS_INCLUDE_SUBDOMAINS=1",
    )
    parser.add_argument("--hsts-preload", action="store_true", help="as DJANGO_HSTS_PRELOAD=1")
    parser.add_argument(
        "--quick-exit-url",
        default="https://www.meteoam.it/",
        help="where the quick exit of the 'site unavailable' page leads (as the site's setting)",
    )
    parser.add_argument(
        "--admin-url",
        default="admin/",
        help="the admin's address, as DJANGO_ADMIN_URL (default: admin/): only there are "
        "bodies over 16 KB (uploads) accepted",
    )
    parser.add_argument(
        "--cache-dir",
        default="/var/lib/nginx/pariopportunita-pages",
        help="where nginx keeps the public pages (default: /var/lib/nginx/pariopportunita-pages)",
    )
    parser.add_argument(
        "--cache-size", default="1g", help="the page cache's largest size on disk (default: 1g)"
    )
    parser.add_argument("--output", help="file to write (default: standard output)")
    parser.add_argument(
        "--main-config",
        metavar="FOLDER",
        help="also write FOLDER/nginx.conf, nginx's main file for running this site alone "
        "with every file in FOLDER (make serve, tests); needs --output",
    )
    args = parser.parse_args(argv)
    try:
        text = render(
            server_names=args.server_name,
            app_servers=args.app_server,
            static_root=args.static_root,
            media_root=args.media_root,
            listen=args.listen,
            tls_listen=args.tls_listen,
            tls_certificate=args.tls_certificate,
            tls_certificate_key=args.tls_certificate_key,
            log_dir=args.log_dir,
            hsts_seconds=args.hsts_seconds,
            hsts_include_subdomains=args.hsts_include_subdomains,
            hsts_preload=args.hsts_preload,
            quick_exit_url=args.quick_exit_url,
            admin_url=args.admin_url,
            cache_dir=args.cache_dir,
            cache_size=args.cache_size,
        )
    except ValueError as error:
        parser.error(str(error))
    if args.main_config and not args.output:
        parser.error("--main-config needs --output")
    if not args.output:
        sys.stdout.write(text)
        return 0
    Path(args.output).write_text(text, encoding="utf-8")
    if args.main_config:
        Path(args.main_config, "nginx.conf").write_text(
            main_config(Path(args.main_config).resolve(), Path(args.output).resolve()),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
