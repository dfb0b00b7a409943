#!/usr/bin/env python3
"""Render the nginx site for this server from pariopportunita.conf.template.

    python3 deploy/nginx/render.py \\
        --server-name pariopportunita.provincia.asti.it \\
        --app-server 127.0.0.1:8001 \\
        --static-root /srv/pariopportunita/staticfiles \\
        --media-root /srv/pariopportunita/media \\
        --output /etc/nginx/sites-available/pariopportunita

Repeat --app-server for each gunicorn (host:port, or unix:/path/to.sock) and --listen for
each address nginx listens on (default: port 80, IPv4 and IPv6). Standard library only, so
the system's python3 runs it. Every placeholder must be filled and every value is checked
(no spaces, semicolons or braces that would change the configuration's meaning); see
docs/deploy.md.
"""

import argparse
import re
import sys
from pathlib import Path

TEMPLATE = Path(__file__).with_name("pariopportunita.conf.template")
PLACEHOLDER = re.compile(r"@([A-Z][A-Z_]*)@")

# nginx's fail-over settings for each app server (see the template).
SERVER_OPTIONS = "max_fails=3 fail_timeout=10s"

HOST_PORT = re.compile(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):[0-9]{1,5}")
UNIX_SOCKET = re.compile(r"unix:/[A-Za-z0-9._/-]+")
LISTEN = re.compile(r"(\[[0-9A-Fa-f:.]+\]:|[A-Za-z0-9.-]+:)?[0-9]{1,5}")
SERVER_NAME = re.compile(r"[A-Za-z0-9.*_-]+")
ABSOLUTE_PATH = re.compile(r"/[A-Za-z0-9._/-]*")
URL = re.compile(r"https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/%-]*)?")


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
    listen=("80", "[::]:80"),
    log_dir="/var/log/nginx",
    hsts_seconds=31536000,
    quick_exit_url="https://www.meteoam.it/",
    template=TEMPLATE,
):
    """The configuration as text; ValueError when a value is missing or unsafe."""
    if not server_names or not app_servers or not listen:
        raise ValueError("at least one server name, app server and listen address are needed")
    servers = [
        _check(UNIX_SOCKET if value.startswith("unix:") else HOST_PORT, value, "app server")
        for value in app_servers
    ]
    values = {
        "APP_SERVERS": "\n".join(f"    server {value} {SERVER_OPTIONS};" for value in servers),
        "LISTEN": "\n".join(f"    listen {_check(LISTEN, value, 'listen')};" for value in listen),
        "SERVER_NAME": " ".join(_check(SERVER_NAME, name, "server name") for name in server_names),
        "STATIC_ROOT": _check(ABSOLUTE_PATH, str(static_root).rstrip("/"), "static root"),
        "MEDIA_ROOT": _check(ABSOLUTE_PATH, str(media_root).rstrip("/"), "media root"),
        "LOG_DIR": _check(ABSOLUTE_PATH, str(log_dir).rstrip("/"), "log folder"),
        "HSTS": f"max-age={int(hsts_seconds)}" if int(hsts_seconds) > 0 else "",
        "QUICK_EXIT_URL": _check(URL, quick_exit_url, "quick exit URL"),
    }
    for name in ("STATIC_ROOT", "MEDIA_ROOT", "LOG_DIR"):
        if not values[name] or values[name] == "/":
            raise ValueError(f"{name.lower().replace('_', ' ')} cannot be the root folder")

    text = Path(template).read_text(encoding="utf-8")
    wanted = set(PLACEHOLDER.findall(text))
    if wanted != set(values):
        raise ValueError(f"template and renderer disagree: {sorted(wanted ^ set(values))}")
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], text)


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
        help="nginx's listen address (repeat for more; default: 80 and [::]:80)",
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
        "--quick-exit-url",
        default="https://www.meteoam.it/",
        help="where the quick exit of the 'site unavailable' page leads (as the site's setting)",
    )
    parser.add_argument("--output", help="file to write (default: standard output)")
    args = parser.parse_args(argv)
    try:
        text = render(
            server_names=args.server_name,
            app_servers=args.app_server,
            static_root=args.static_root,
            media_root=args.media_root,
            listen=args.listen or ("80", "[::]:80"),
            log_dir=args.log_dir,
            hsts_seconds=args.hsts_seconds,
            quick_exit_url=args.quick_exit_url,
        )
    except ValueError as error:
        parser.error(str(error))
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
