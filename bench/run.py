"""Load benchmark of the production stack as deployed: `make bench`.

nginx with the project's rendered configuration (deploy/nginx/render.py: the page cache,
static files, uploads) in front of the app servers (gunicorn with deploy/gunicorn.conf.py,
DEBUG off; two instances by default, as docs/deploy.md deploys them), on PostgreSQL and
Redis. For each data set (`seed`: the seed content; `large`: the seed content plus
bench/generate_data.py's generated bodies, desks, acts with PDFs and 1,000 pages) it

1. creates a throw-away PostgreSQL database `pi_bench_<dataset>_<random>` (dropped at the
   end, even on failure), migrates it, loads the seed content (and for `large` the
   generated data), with uploads in a throw-away MEDIA_ROOT; Redis database 4 under a
   unique key prefix whose keys are deleted at the end (other Redis databases are never
   touched);
2. counts the SQL queries of one request to each page in-process (Django's test client
   and CaptureQueriesContext, after one warm-up request) and times its rendering, and
   creates an administrator (a superuser with a two-step verification device whose key
   the bench knows) with `manage.py shell -c`;
3. starts the stack on 127.0.0.1 with ports in 19000-19999: the app servers, then nginx
   with a configuration rendered by deploy/nginx/render.py and a main nginx.conf as
   scripts/serve.sh writes one, every path of nginx (configuration, logs, temp files, the
   page cache; the last two chmod 0777 for nginx's workers) in the bench's folder
   /tmp/bn_<random>/ (removed at the end; BENCH_KEEP_TMP=1 keeps it, logs included);
4. measures, all through nginx, the issue's targets (issue 16, "cache at the edge"):

   - cached pages against static files: each public page is asked for until nginx holds
     it, then its body as nginx sends it for `Accept-Encoding: br` is written to a file
     under the static root (STATIC_ROOT/bench/<dataset>/<page>.html), and wrk loads the
     page and then that file through the same nginx, 64 keep-alive connections each, both
     with `Accept-Encoding: br`. The file then holds the same bytes as the page and nginx
     serves it as it is (the bench's nginx loads no Brotli module; its gzip and
     gzip_static react to `gzip` only, which the request does not name; the bench checks
     that the bytes served are the page's), so the two runs differ only in where nginx
     finds the bytes: its page cache, or a plain file. `br` rather than `identity`
     because it is what browsers get, and because with the smaller body the cost of the
     page cache itself (the key, the cache file's header, the freshness check, a
     revalidation with the app every DJANGO_PAGE_FRESH_SECONDS) weighs most: the harder
     comparison. Target: every page at least half the file's rate;
   - the home page and its file at 256 connections: target 0 errors (socket errors and
     answers other than 2xx/3xx) on the page;
   - pages the app renders on every request, at 8 connections: the two searches
     (`/cerca/?q=violenza`, `/cerca/?q=asti`), every public page with a query string
     nginx does not drop (`?bench=uncached`, not a tracking parameter, so nginx passes it
     to the app and never keeps the answer), an act's PDF download the same way, each after
     WARM_UP_REQUESTS requests one after another (a worker's first render of a template
     reads and compiles it). Target: p99 under 100 ms;
   - an edit in the admin: the administrator signs in through nginx with the real form
     (CSRF token, password and the code of the two-step verification), changes the name
     of a help desk with the admin's change form, and the desk's public page is asked for
     through nginx every 100 ms (`Accept-Encoding: br`, as a browser) until it shows the
     new name. Target: at most 10 s from sending the form;
   - the app and its database out of the path: `manage.py warm_cache --base-url <nginx>`
     (as after a deploy), /sitemap.xml fetched, every app server stopped (SIGTERM, waited
     for: nothing reaches PostgreSQL any more; the shared server itself keeps running for
     others), then every <loc> of the sitemap asked for in br, gzip and identity. Target:
     every answer 200. A search (never kept) is asked for too: it must answer 503, the
     proof that the app was really gone.

Once per run, without the stack: the lines of operations/freshness.py (the application's
code about caching; target under 200 non-blank, non-comment lines) and the words `cache`,
`fragment`, `remember` and `later(` in the views (*/views.py) and the templates (every
templates/ folder), every hit listed. Target: none of those lines keeps a page or part of
one or tells a cache how long to (KEEPING_WORDS: a write to Django's cache counts, except
ALLOWED_CACHE_WRITES, the rating form's counters and the readiness probe); a line that
forbids keeping (`never_cache`, `no-store` on a draft) is not caching code.

The SQL queries of each page must not grow with the data set (`large` against `seed`).

Environment: BENCH_DURATION (seconds of each 64- and 256-connection run, 30),
BENCH_SHORT_DURATION (8-connection runs, 10), BENCH_DATASETS (`seed,large`),
BENCH_UNCACHED_64 (`1`: also load every page the app renders with 64 connections; `0` by
default), BENCH_APP_SERVERS (gunicorn instances behind nginx, 2), BENCH_KEEP_TMP (`1`: keep
the bench's folder), BENCH_OUTPUT (`bench/results/latest`). WEB_CONCURRENCY and
GUNICORN_THREADS are passed on to gunicorn's configuration, to try other settings.

Writes bench/results/latest.md and latest.json; exits 0 whether the targets are met or
not (it is a measurement) and non-zero only when the stack or a step failed.
"""

import argparse
import ast
import contextlib
import datetime
import hashlib
import hmac
import html
import http.client
import io
import json
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tokenize
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.parse import urlencode, urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
# tests/processes.py (nginx, ports, process groups) and tests/helpers.py, shared with the
# integration tests.
sys.path.insert(0, str(BASE_DIR))
from tests import processes  # noqa: E402
from tests.processes import find_nginx, stop_process_group  # noqa: E402

BENCH_DIR = BASE_DIR / "bench"
PYTHON = sys.executable
VENV_BIN = Path(PYTHON).parent
LUA_SCRIPT = BENCH_DIR / "wrk_report.lua"
RENDER = BASE_DIR / "deploy" / "nginx" / "render.py"
GUNICORN_CONF = BASE_DIR / "deploy" / "gunicorn.conf.py"
MIME_TYPES = Path("/etc/nginx/mime.types")
# gunicorn instances behind nginx, as docs/deploy.md runs them.
APP_SERVERS = int(os.environ.get("BENCH_APP_SERVERS", "2"))
POSTGRES = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}
REDIS_URL = "redis://127.0.0.1:6379/4"
PORTS = range(19000, 20000)
# What every wrk run asks for: the compression browsers prefer, and one that nginx never
# applies itself (see the module's docstring).
ACCEPT_ENCODING = "br"
UNCACHED_QUERY = "bench=uncached"
RENDER_SAMPLES = 21
WARM_UP_REQUESTS = 16
WRK_TIMEOUT = "2s"
EDIT_POLL_SECONDS = 0.1
EDIT_GIVE_UP_SECONDS = 60
# Answers nginx gives from what it holds ($upstream_cache_status).
FROM_CACHE = ("HIT", "STALE", "UPDATING", "REVALIDATED")

# (key, label): public pages nginx keeps, in the order of the tables.
CACHED_PAGES = [
    ("home", "Home"),
    ("desks", "Desk list + map data"),
    ("desk", "Desk detail"),
    ("comune", "Finder result (comune)"),
    ("protocol", "Protocol"),
    ("act", "Act"),
]
# Kept by nginx like the pages, but not compared with a static file: measured as the app
# serves it, with the query string that makes nginx pass every request on.
RENDERED_TOO = [("document", "Act's PDF download")]
# Pages nginx never keeps: the app renders every request.
NEVER_CACHED = [
    ("search", "Search"),
    ("search_asti", "Search"),
]
TARGETS = {
    "cached_ratio": 0.5,
    "uncached_p99_ms": 100.0,
    "edit_seconds": 10.0,
    "caching_code_lines": 200,
}
CACHING_CODE = BASE_DIR / "operations" / "freshness.py"
# Shown next to it, not judged: the command that fills nginx's cache after a deploy.
CACHING_CODE_ALSO = [BASE_DIR / "operations" / "management" / "commands" / "warm_cache.py"]
CACHE_WORDS = re.compile(r"cache|fragment|remember|later\(", re.IGNORECASE)
# Of those lines, the ones that would keep a page or part of one, or tell a cache to.
KEEPING_WORDS = re.compile(
    r"fragment|remember|later\(|\{%\s*cache\b|cache_page|cache_control|s-?maxage|"
    r"stale-while|public,|cache\.(set|add|get_or_set|set_many)\(|caches\[",
    re.IGNORECASE,
)
# Writes to Django's cache that keep no page: the rating form's counters, the readiness
# probe's token. Any other write in a view counts as keeping something.
ALLOWED_CACHE_WRITES = (
    ("pages/views.py", "cache.add(key, 0, timeout=seconds_left)"),
    ("operations/views.py", 'cache.set("readyz-probe", probe, timeout=10)'),
)
SKIPPED_FOLDERS = {".git", ".venv", "node_modules", "static", "staticfiles", "media", "var"}

# What `manage.py shell -c` runs in the bench's database: the administrator of the edit
# target, with a confirmed TOTP device (superusers must use two-step verification).
ADMIN_SCRIPT = """
import os
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

user = get_user_model().objects.create_superuser(
    os.environ["BENCH_ADMIN_USERNAME"], "bench@example.org", os.environ["BENCH_ADMIN_PASSWORD"]
)
TOTPDevice.objects.create(
    user=user, name="bench", confirmed=True, key=os.environ["BENCH_ADMIN_TOTP_KEY"]
)
"""


class BenchError(Exception):
    """A step failed: the stack did not start, a command failed, a page did not answer."""


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- In-process inspection (run as `run.py --inspect OUT`, with the bench's environment) --


def inspect(output):
    """The pages' URLs, their SQL query counts and render times, from the throw-away
    database; the desk the admin edit changes."""
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.db.models import Count, Q
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse
    from django.utils import translation

    from network.models import (
        ContactChannel,
        HelpDesk,
        HoursException,
        Municipality,
        OpeningHours,
        Organisation,
        Protocol,
    )
    from pages.models import Deliberation, Page

    database = connection.settings_dict["NAME"]
    if not database.startswith("pi_bench_"):
        raise SystemExit(f"refusing to inspect {database!r}: not a bench database")

    translation.activate("it")
    desk = (
        HelpDesk.objects.published()
        .filter(is_confidential=False)
        .annotate(rows=Count("channels", distinct=True) + Count("hours", distinct=True))
        .order_by("-rows", "slug")
        .first()
    )
    comune = (
        Municipality.objects.exclude(managing_body=None)
        .annotate(
            desks=Count(
                "managing_body__help_desks",
                filter=Q(managing_body__help_desks__published=True),
            )
        )
        .order_by("-desks", "istat_code")
        .first()
    )
    protocol = Protocol.objects.published().first()
    act = Deliberation.objects.published().exclude(document="").order_by("-date", "pk").first()
    if not (desk and comune and protocol and act):
        raise SystemExit("the database lacks a desk, a comune, a protocol or an act with a PDF")
    urls = {
        "home": reverse("pages:home"),
        "desks": reverse("network:helpdesks"),
        "desk": desk.get_absolute_url(),
        "comune": comune.get_absolute_url(),
        "protocol": protocol.get_absolute_url(),
        "act": act.get_absolute_url(),
        "document": reverse("pages:act_document", kwargs={"year": act.date.year, "slug": act.slug}),
        "search": reverse("pages:search") + "?q=violenza",
        "search_asti": reverse("pages:search") + "?q=asti",
    }

    client = Client(HTTP_HOST="127.0.0.1")
    queries = {}
    for key, url in urls.items():
        counts = []
        for _attempt in range(2):  # the first request of a process warms its caches
            with CaptureQueriesContext(connection) as context:
                response = client.get(url)
                if response.streaming:
                    b"".join(response.streaming_content)
                response.close()
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code} in-process")
            counts.append(len(context.captured_queries))
        timings = []
        for _attempt in range(RENDER_SAMPLES):
            started = time.perf_counter()
            response = client.get(url)
            if response.streaming:
                b"".join(response.streaming_content)
            response.close()
            timings.append((time.perf_counter() - started) * 1000)
        queries[key] = {
            "first": counts[0],
            "warm": counts[1],
            "sql": [query["sql"][:160] for query in context.captured_queries],
            "render_ms": round(sorted(timings)[len(timings) // 2], 2),
        }

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres_version = cursor.fetchone()[0]

    config = {}
    with contextlib.suppress(Exception):
        import runpy

        values = runpy.run_path(str(GUNICORN_CONF))
        config = {
            key: values.get(key)
            for key in (
                "workers",
                "threads",
                "worker_class",
                "worker_connections",
                "keepalive",
                "max_requests",
            )
        }

    report = {
        "database": database,
        "urls": urls,
        "queries": queries,
        "edit_desk": {"id": desk.pk, "name": desk.name, "url": urls["desk"]},
        "page_fresh_seconds": settings.PAGE_FRESH_SECONDS,
        "postgres_version": postgres_version,
        "gunicorn_config": config,
        "content": {
            "organisations": Organisation.objects.count(),
            "network_members": Organisation.objects.network_members().count(),
            "help_desks": HelpDesk.objects.count(),
            "desks_on_map": HelpDesk.objects.published()
            .filter(is_confidential=False, latitude__isnull=False)
            .count(),
            "contact_channels": ContactChannel.objects.count(),
            "opening_hours": OpeningHours.objects.count(),
            "hours_exceptions": HoursException.objects.count(),
            "acts": Deliberation.objects.count(),
            "acts_with_pdf": Deliberation.objects.exclude(document="").count(),
            "pages": Page.objects.count(),
            "comuni": Municipality.objects.count(),
        },
    }
    Path(output).write_text(json.dumps(report, indent=2), encoding="utf-8")


# --- Resources: database, Redis keys, ports, commands ------------------------------------


def postgres_connect(dbname="postgres"):
    import psycopg

    connection = psycopg.connect(dbname=dbname, connect_timeout=3, **POSTGRES)
    connection.autocommit = True
    return connection


@contextlib.contextmanager
def throw_away_database(dataset):
    name = f"pi_bench_{dataset}_{secrets.token_hex(4)}"
    connection = postgres_connect()
    try:
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        log(f"created database {name}")
        yield name
    finally:
        try:
            with connection.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            log(f"dropped database {name}")
        finally:
            connection.close()


def delete_redis_keys(prefix):
    """Delete this run's keys (its unique prefix) from Redis database 4; nothing else."""
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_timeout=5)
    deleted = 0
    batch = []
    for key in client.scan_iter(match=f"{prefix}:*", count=1000):
        batch.append(key)
        if len(batch) >= 500:
            deleted += client.unlink(*batch)
            batch = []
    if batch:
        deleted += client.unlink(*batch)
    client.close()
    return deleted


def redis_version():
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_timeout=5)
    try:
        return client.info("server").get("redis_version", "?")
    finally:
        client.close()


def free_ports(count):
    try:
        return processes.free_ports(count, PORTS)
    except RuntimeError as error:
        raise BenchError(str(error)) from error


def base_environment():
    """The parent's environment without any Django, database, cache or gunicorn setting,
    except the few gunicorn knobs that may be tried on purpose."""
    keep = {"WEB_CONCURRENCY", "GUNICORN_THREADS"}
    return {
        key: value
        for key, value in os.environ.items()
        if key in keep
        or not (
            key.startswith(("DJANGO_", "GUNICORN_", "BENCH_"))
            or key in {"DATABASE_URL", "REDIS_URL", "WEB_CONCURRENCY"}
        )
    }


def run_command(args, env, what, timeout=900):
    result = subprocess.run(
        args, cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode != 0:
        raise BenchError(f"{what} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    return result.stdout


# --- The stack: app servers and nginx ------------------------------------------------------


class Stack:
    """nginx in front of the app servers, each in its own process group; stopped by their
    ids on exit, app servers first."""

    def __init__(self, name, env, workdir, static_root, media_root, app_servers):
        self.dir = workdir / f"stack-{name}"
        self.env = env
        self.static_root = static_root
        self.media_root = media_root
        ports = free_ports(1 + app_servers)
        self.port, self.app_ports = ports[0], ports[1:]
        self.apps = {}
        self.app_logs = {}
        self.nginx = None

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    @property
    def access_log(self):
        return self.dir / "logs" / "pariopportunita.access.log"

    def __enter__(self):
        for folder in ("logs", "run"):
            (self.dir / folder).mkdir(parents=True, exist_ok=True)
        # nginx's workers (another user when started as root) write the cache and temp
        # files, as scripts/serve.sh sets up.
        for folder in ("cache", "temp"):
            (self.dir / folder).mkdir(parents=True, exist_ok=True)
            (self.dir / folder).chmod(0o777)
        try:
            for port in self.app_ports:
                self.start_app(port)
            for port in self.app_ports:
                self.wait(port, "/readyz", self.apps[port], self.app_logs[port])
            self.start_nginx()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc):
        self.stop_apps()
        if self.nginx is not None:
            stop_process_group(self.nginx, signal.SIGTERM, timeout=15)

    def start_app(self, port):
        log_path = self.dir / "logs" / f"gunicorn-{port}.log"
        env = {
            **self.env,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            # As docs/deploy.md's environment file says: the instances share the cores.
            "GUNICORN_INSTANCES": str(len(self.app_ports)),
        }
        with log_path.open("ab") as output:
            self.apps[port] = subprocess.Popen(
                [str(VENV_BIN / "gunicorn"), "-c", str(GUNICORN_CONF), "pariopportunita.wsgi"],
                cwd=BASE_DIR,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.app_logs[port] = log_path

    def stop_apps(self):
        """SIGTERM to each gunicorn master, as systemd's stop does; waits for each."""
        for process in self.apps.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.apps.values():
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                stop_process_group(process, signal.SIGKILL)

    def start_nginx(self):
        nginx = find_nginx()
        run_command(
            [
                PYTHON,
                str(RENDER),
                "--server-name",
                "127.0.0.1",
                "--server-name",
                "localhost",
                "--listen",
                f"127.0.0.1:{self.port}",
                *[arg for port in self.app_ports for arg in ("--app-server", f"127.0.0.1:{port}")],
                "--static-root",
                str(self.static_root),
                "--media-root",
                str(self.media_root),
                "--log-dir",
                str(self.dir / "logs"),
                "--hsts-seconds",
                "0",
                "--cache-dir",
                str(self.dir / "cache"),
                "--output",
                str(self.dir / "pariopportunita.conf"),
                "--main-config",
                str(self.dir),
            ],
            self.env,
            "deploy/nginx/render.py",
        )
        main = self.dir / "nginx.conf"
        command = [nginx, "-p", str(self.dir), "-c", str(main)]
        run_command([*command, "-t", "-q"], self.env, "nginx -t")
        log_path = self.dir / "logs" / "nginx-stderr.log"
        with log_path.open("ab") as output:
            self.nginx = subprocess.Popen(
                [*command, "-g", "daemon off;"],
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.wait(self.port, "/healthz", self.nginx, log_path)

    def wait(self, port, path, process, log_path, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise BenchError(f"a process of the stack exited:\n{tail(log_path)}")
            with contextlib.suppress(OSError, http.client.HTTPException):
                if fetch(port, path, "identity")[0] == 200:
                    return
            time.sleep(0.25)
        raise BenchError(f"nothing answered on {port}{path} in {timeout} s\n{tail(log_path)}")

    def check_alive(self, during):
        for port, process in self.apps.items():
            if process.poll() is not None:
                raise BenchError(f"gunicorn on {port} died during {during}\n{self.tail()}")
        if self.nginx.poll() is not None:
            raise BenchError(f"nginx died during {during}")

    def tail(self):
        return "\n".join(tail(path) for path in self.app_logs.values())

    def truncate_logs(self):
        # Each was opened for appending, so the processes keep writing at its new end.
        for path in [self.access_log, *self.app_logs.values()]:
            with contextlib.suppress(OSError):
                os.truncate(path, 0)


def tail(path, lines=30):
    with contextlib.suppress(OSError):
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    return ""


# --- HTTP and wrk --------------------------------------------------------------------------


def fetch(port, path, accept_encoding, connection=None):
    """(status, headers with lower-case names, body). With `connection`, on that kept-alive
    connection; otherwise on a new one, closed afterwards."""
    own = connection is None
    if own:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Accept-Encoding": accept_encoding}
    if own:
        headers["Connection"] = "close"
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    except (OSError, http.client.HTTPException):
        connection.close()
        raise
    finally:
        if own:
            connection.close()


def decoded(headers, body):
    encoding = headers.get("content-encoding", "")
    if encoding == "br":
        import brotli

        return brotli.decompress(body).decode("utf-8", "replace")
    if encoding == "gzip":
        import gzip

        return gzip.decompress(body).decode("utf-8", "replace")
    return body.decode("utf-8", "replace")


def with_query(url, query):
    return f"{url}{'&' if '?' in url else '?'}{query}"


def wrk(port, path, connections, duration):
    args = [
        shutil.which("wrk") or "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{duration}s",
        f"--timeout={WRK_TIMEOUT}",
        "--latency",
        "-s",
        str(LUA_SCRIPT),
        "-H",
        f"Accept-Encoding: {ACCEPT_ENCODING}",
        f"http://127.0.0.1:{port}{path}",
    ]
    result = subprocess.run(args, capture_output=True, text=True, timeout=duration + 60)
    line = next(
        (item for item in result.stdout.splitlines() if item.startswith("BENCH_JSON ")), None
    )
    if result.returncode != 0 or line is None:
        raise BenchError(f"wrk failed on {path}:\n{result.stdout}\n{result.stderr}")
    raw = json.loads(line.removeprefix("BENCH_JSON "))
    seconds = raw["duration_us"] / 1e6
    statuses = {key: int(value) for key, value in raw["statuses"].items()}
    errors = {key: int(value) for key, value in raw["errors"].items()}
    x_cache = {key: int(value) for key, value in raw["x_cache"].items()}
    requests = int(raw["requests"])
    return {
        "path": path,
        "connections": connections,
        "duration_s": round(seconds, 2),
        "requests": requests,
        "rps": round(requests / seconds, 1),
        "p50_ms": round(raw["latency_us"]["p50"] / 1000, 2),
        "p90_ms": round(raw["latency_us"]["p90"] / 1000, 2),
        "p99_ms": round(raw["latency_us"]["p99"] / 1000, 2),
        "max_ms": round(raw["latency_us"]["max"] / 1000, 2),
        # connect, read, write, timeout (socket errors) and status (not 2xx or 3xx).
        "errors": errors,
        "error_total": sum(errors.values()),
        "statuses": statuses,
        "server_errors": sum(count for code, count in statuses.items() if code.startswith("5")),
        "x_cache": x_cache,
        "from_cache": round(
            sum(x_cache.get(state, 0) for state in FROM_CACHE) / max(1, requests), 4
        ),
        "bytes_per_response": round(raw["bytes"] / max(1, requests)),
    }


def body_sizes(port, path):
    sizes = {}
    for encoding in ("br", "gzip", "identity"):
        status, headers, body = fetch(port, path, encoding)
        if status != 200:
            raise BenchError(f"{path} answered {status}")
        sizes[encoding] = len(body)
        sizes[f"{encoding}_served_as"] = headers.get("content-encoding", "identity")
    return sizes


def totp(hex_key, at=None):
    """The current 6-digit code of a TOTP device (RFC 6238: SHA-1, 30 s, as django-otp)."""
    counter = int(time.time() if at is None else at) // 30
    digest = hmac.new(bytes.fromhex(hex_key), counter.to_bytes(8, "big"), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(int.from_bytes(digest[offset : offset + 4], 'big') & 0x7FFFFFFF) % 10**6:06d}"


# --- One data set ----------------------------------------------------------------------------


def prepare_dataset(dataset, env, workdir, admin):
    manage = [PYTHON, "manage.py"]
    log(f"{dataset}: migrate")
    run_command([*manage, "migrate", "--no-input", "-v", "0"], env, "migrate")
    log(f"{dataset}: seed_content")
    run_command([*manage, "seed_content"], env, "seed_content")
    generator = [PYTHON, str(BENCH_DIR / "generate_data.py")]
    if dataset == "large":
        log(f"{dataset}: generate_data.py (10x bodies, desks, acts with PDFs; 1,000 pages)")
        log(run_command(generator, env, "generate_data.py").strip())
    else:
        # The seed acts have no document: give them a small PDF in the throw-away
        # MEDIA_ROOT, so that the download is measured with the seed content too.
        log(run_command([*generator, "--documents-only"], env, "generate_data.py").strip())
    report = workdir / f"{dataset}-inspect.json"
    log(f"{dataset}: URLs and SQL queries per request (in-process)")
    # GUNICORN_INSTANCES as the app servers get it, for the configuration reported.
    run_command(
        [PYTHON, str(Path(__file__).resolve()), "--inspect", str(report)],
        {**env, "GUNICORN_INSTANCES": str(APP_SERVERS)},
        "inspect",
    )
    log(f"{dataset}: an administrator for the edit (manage.py shell -c)")
    run_command(
        [*manage, "shell", "-c", ADMIN_SCRIPT],
        {
            **env,
            "BENCH_ADMIN_USERNAME": admin["username"],
            "BENCH_ADMIN_PASSWORD": admin["password"],
            "BENCH_ADMIN_TOTP_KEY": admin["totp_key"],
        },
        "creating the administrator",
    )
    return json.loads(report.read_text(encoding="utf-8"))


def static_twin(stack, dataset, key, path):
    """Write the page's body, as nginx sends it for `Accept-Encoding: br`, to a file under
    the static root; return its address, once nginx serves those same bytes."""
    status, headers, body = fetch(stack.port, path, ACCEPT_ENCODING)
    if status != 200 or headers.get("content-encoding") != "br":
        raise BenchError(f"{path}: {status}, {headers.get('content-encoding')!r} for br")
    folder = stack.static_root / "bench" / dataset
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{key}.html").write_bytes(body)
    url = f"/static/bench/{dataset}/{key}.html"
    status, headers, served = fetch(stack.port, url, ACCEPT_ENCODING)
    if status != 200 or served != body or headers.get("content-encoding"):
        raise BenchError(f"{url} does not serve the page's bytes as they are ({status})")
    return url, len(body)


def keep_in_nginx(stack, path):
    """Ask until nginx answers from what it holds (the first request stores the page)."""
    states = []
    for _attempt in range(5):
        status, headers, _body = fetch(stack.port, path, ACCEPT_ENCODING)
        if status != 200:
            raise BenchError(f"{path} answered {status}")
        states.append(headers.get("x-cache", ""))
        if states[-1] == "HIT":
            return states
        time.sleep(0.1)
    raise BenchError(f"nginx does not keep {path}: X-Cache {states}")


def admin_edit(stack, info, admin):
    """Sign in through nginx, rename a desk with the admin's form, and time how long its
    public page through nginx takes to show the new name."""
    from tests.helpers import form_data

    base = stack.base
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def post_form(url, data):
        request = urllib.request.Request(
            url,
            data=urlencode(data, doseq=True).encode(),
            headers={"Origin": base, "Content-Type": "application/x-www-form-urlencoded"},
        )
        return opener.open(request, timeout=30)

    login = f"{base}/admin/login/?next=/admin/"
    with opener.open(login, timeout=30) as page:
        data = form_data(page.read().decode())
    if "csrfmiddlewaretoken" not in data or "otp_token" not in data:
        raise BenchError(f"the sign-in form lacks its fields: {sorted(data)}")
    # A code just before its 30 s step ends could expire on the way: wait for the next.
    if time.time() % 30 > 27:
        time.sleep(30 - time.time() % 30 + 0.2)
    data.update(
        username=admin["username"], password=admin["password"], otp_token=totp(admin["totp_key"])
    )
    with post_form(login, data) as answer:
        signed_in_at, text = answer.url, answer.read().decode()
    if signed_in_at != f"{base}/admin/":
        raise BenchError(f"the administrator could not sign in ({signed_in_at}):\n{text[:1500]}")

    desk = info["edit_desk"]
    path = desk["url"]
    keep_in_nginx(stack, path)
    change = f"{base}/admin/network/helpdesk/{desk['id']}/change/"
    with opener.open(change, timeout=30) as page:
        data = form_data(page.read().decode())
    if data.get("name_it") != desk["name"]:
        raise BenchError(f"the change form shows {data.get('name_it')!r}, not {desk['name']!r}")
    marker = f"bench {secrets.token_hex(3)}"
    data["name_it"] = f"{desk['name']} ({marker})"[:200]

    sent_at = time.monotonic()
    with post_form(change, data) as saved:
        saved_url, text = saved.url, saved.read().decode()
    saved_after = time.monotonic() - sent_at
    if not saved_url.endswith("/admin/network/helpdesk/"):
        errors = re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', text, re.S)
        raise BenchError(f"the admin did not save the desk ({saved_url}): {errors[:5]}")

    polls = []
    while True:
        asked_at = time.monotonic()
        status, headers, body = fetch(stack.port, path, ACCEPT_ENCODING)
        shown = status == 200 and marker in decoded(headers, body)
        polls.append((round(asked_at - sent_at, 2), status, headers.get("x-cache", "")))
        if shown or asked_at - sent_at > EDIT_GIVE_UP_SECONDS:
            break
        time.sleep(max(0.0, asked_at + EDIT_POLL_SECONDS - time.monotonic()))
    states = {}
    for _seconds, _status, state in polls:
        states[state] = states.get(state, 0) + 1
    return {
        "desk": path,
        "shown": shown,
        "seconds": round(time.monotonic() - sent_at, 2) if shown else None,
        "save_seconds": round(saved_after, 2),
        "polls": len(polls),
        "x_cache": states,
        "shown_with": polls[-1][2] if shown else None,
    }


def outage(stack, env):
    """warm_cache through nginx, then every sitemap page in three encodings with every
    app server stopped."""
    log("warm_cache through nginx")
    started = time.monotonic()
    warm = subprocess.run(
        [PYTHON, "manage.py", "warm_cache", "--base-url", stack.base],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    warm_seconds = round(time.monotonic() - started)
    warm_output = (warm.stdout.strip() + "\n" + warm.stderr.strip()).strip()
    log(f"    {warm_output.splitlines()[0] if warm_output else warm.returncode}")

    status, _headers, body = fetch(stack.port, "/sitemap.xml", "identity")
    if status != 200:
        raise BenchError(f"/sitemap.xml answered {status}")
    paths = []
    for location in re.findall(r"<loc>([^<]+)</loc>", body.decode()):
        parts = urlsplit(html.unescape(location.strip()))
        paths.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    paths = sorted(set(paths))

    log(f"stopping every app server ({len(stack.apps)})")
    stack.stop_apps()
    if any(process.poll() is None for process in stack.apps.values()):
        raise BenchError("an app server did not stop")
    # A page nginx never keeps shows that the app is really gone.
    probe_status = fetch(stack.port, "/cerca/?q=outage", "br")[0]

    log(f"asking for {len(paths)} sitemap pages in br, gzip and identity")
    results = {}
    failures = []
    states = {}
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=30)
    try:
        for encoding in ("br", "gzip", "identity"):
            answered = 0
            for path in paths:
                try:
                    status, headers, _body = fetch(stack.port, path, encoding, connection)
                except (OSError, http.client.HTTPException) as error:
                    status, headers = repr(error), {}
                state = headers.get("x-cache", "")
                states[state] = states.get(state, 0) + 1
                if status == 200:
                    answered += 1
                else:
                    failures.append(f"{path} ({encoding}): {status} {state}".strip())
            results[encoding] = {"asked": len(paths), "answered_200": answered}
    finally:
        connection.close()
    return {
        "warm_cache": {
            "returncode": warm.returncode,
            "seconds": warm_seconds,
            "output": warm_output[-3000:],
        },
        "sitemap_pages": len(paths),
        "requests": len(paths) * 3,
        "failures": len(failures),
        "failed": failures[:50],
        "by_encoding": results,
        "x_cache": states,
        "seconds": round(time.monotonic() - started, 1),
        "search_without_app": probe_status,
    }


def measure_dataset(dataset, env, workdir, info, durations, admin):
    long, short = durations
    urls = info["urls"]
    results = {"pages": {}, "uncached": {}}
    static_root = Path(env["DJANGO_STATIC_ROOT"])
    media_root = Path(env["DJANGO_MEDIA_ROOT"])
    with Stack(dataset, env, workdir, static_root, media_root, APP_SERVERS) as stack:
        port = stack.port
        results["stack"] = {"nginx_port": port, "app_ports": stack.app_ports}
        log(
            f"{dataset}: nginx on 127.0.0.1:{port} in front of gunicorn on "
            + ", ".join(f"127.0.0.1:{p}" for p in stack.app_ports)
        )

        def run(path, connections, duration, label):
            log(f"{dataset}: wrk -c{connections} -d{duration}s {label} {path}")
            result = wrk(port, path, connections, duration)
            stack.truncate_logs()
            stack.check_alive(path)
            log(
                f"    {result['rps']:>9.1f} req/s  p50 {result['p50_ms']} ms  "
                f"p99 {result['p99_ms']} ms  errors {result['errors']}  "
                f"statuses {result['statuses']}  X-Cache {result['x_cache']}"
            )
            time.sleep(1)
            return result

        for key, _label in CACHED_PAGES:
            url = urls[key]
            page = {"url": url, "warm_x_cache": keep_in_nginx(stack, url)}
            page["sizes"] = body_sizes(port, url)
            page["static_url"], page["static_bytes"] = static_twin(stack, dataset, key, url)
            page["cached_c64"] = run(url, 64, long, "cached")
            page["static_c64"] = run(page["static_url"], 64, long, "the same bytes as a file")
            page["ratio"] = round(page["cached_c64"]["rps"] / page["static_c64"]["rps"], 3)
            results["pages"][key] = page

        home = results["pages"]["home"]
        keep_in_nginx(stack, home["url"])
        results["c256"] = {
            "url": home["url"],
            "cached": run(home["url"], 256, long, "cached"),
            "static": run(home["static_url"], 256, long, "the same bytes as a file"),
        }

        uncached_64 = os.environ.get("BENCH_UNCACHED_64", "0") == "1"
        for key, _label in [*CACHED_PAGES, *RENDERED_TOO, *NEVER_CACHED]:
            never = key in dict(NEVER_CACHED)
            url = urls[key] if never else with_query(urls[key], UNCACHED_QUERY)
            entry = {"url": url, "sizes": body_sizes(port, url)}
            for _attempt in range(WARM_UP_REQUESTS):
                fetch(port, url, ACCEPT_ENCODING)
            entry["c8"] = run(url, 8, short, "rendered by the app")
            if uncached_64:
                entry["c64"] = run(url, 64, long, "rendered by the app")
            results["uncached"][key] = entry

        log(f"{dataset}: an edit in the admin, through nginx")
        try:
            results["edit"] = admin_edit(stack, info, admin)
        except (BenchError, OSError, http.client.HTTPException) as error:
            # The target is then not met; the other measurements still count.
            results["edit"] = {"shown": False, "error": str(error)[:3000], "desk": urls["desk"]}
        log(f"    {results['edit']}")

        results["outage"] = outage(stack, env)
        log(
            f"    {results['outage']['failures']} of {results['outage']['requests']} "
            f"not 200; X-Cache {results['outage']['x_cache']}; a search answered "
            f"{results['outage']['search_without_app']}"
        )
        results["nginx_errors"] = tail(stack.dir / "logs" / "pariopportunita.error.log", 20)
    return results


# --- Code about caching ------------------------------------------------------------------


def code_lines(path):
    """Total lines, non-blank non-comment lines, and of those the docstring lines."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    comment_only = set()
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if (
            token.type == tokenize.COMMENT
            and not lines[token.start[0] - 1][: token.start[1]].strip()
        ):
            comment_only.add(token.start[0])
    docstrings = set()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                docstrings.update(range(first.lineno, first.end_lineno + 1))
    code = [
        number
        for number, line in enumerate(lines, 1)
        if line.strip() and number not in comment_only
    ]
    return {
        "path": str(path.relative_to(BASE_DIR)),
        "total": len(lines),
        "code": len(code),
        "docstring": len([number for number in code if number in docstrings]),
    }


def caching_code():
    """operations/freshness.py's size, and the cache words in views and templates."""
    files = [
        *sorted(BASE_DIR.glob("*/views.py")),
        *sorted(BASE_DIR.glob("*/views/**/*.py")),
    ]
    for folder, folders, names in os.walk(BASE_DIR):
        folders[:] = sorted(f for f in folders if f not in SKIPPED_FOLDERS)
        if Path(folder).name == "templates" or "/templates/" in folder + "/":
            files += [Path(folder) / name for name in sorted(names)]
    hits = []
    words = {}
    for path in files:
        with contextlib.suppress(UnicodeDecodeError):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                found = CACHE_WORDS.findall(line)
                if found:
                    hits.append(f"{path.relative_to(BASE_DIR)}:{number}: {line.strip()[:120]}")
                    for word in found:
                        word = word.lower()
                        words[word] = words.get(word, 0) + 1
    return {
        "freshness": code_lines(CACHING_CODE),
        "also": [code_lines(path) for path in CACHING_CODE_ALSO],
        "files_searched": len(files),
        "hits": hits,
        "words": words,
        "keeping": [
            hit
            for hit in hits
            if KEEPING_WORDS.search(hit.split(": ", 1)[1])
            and not any(
                hit.startswith(f"{path}:") and hit.endswith(line)
                for path, line in ALLOWED_CACHE_WRITES
            )
        ],
    }


def evaluate_code(code):
    freshness = code["freshness"]
    lines = freshness["code"]
    also = "; ".join(
        f"{item['path']} {item['code']} ({item['total']} in all), not counted"
        for item in code["also"]
    )
    words = ", ".join(f"{word} {count}" for word, count in sorted(code["words"].items()))
    return [
        (
            f"application code about caching under {TARGETS['caching_code_lines']} lines "
            f"({freshness['path']}: non-blank, non-comment lines)",
            lines < TARGETS["caching_code_lines"],
            f"{lines} lines ({freshness['docstring']} of them docstrings, "
            f"{freshness['total']} in all); {also}",
        ),
        (
            # Judged on the lines that keep a page or part of one, or tell a cache how
            # long to: a line that forbids keeping (never_cache, no-store on a draft) or
            # uses Redis for something else (the rating form's limits) is not caching code.
            "no view (*/views.py) or template keeps a page or part of one (fragment, "
            "remember, later(, {% cache %}, cache_page, cache_control, s-maxage, "
            "stale-while-revalidate, public, a write to Django's cache but the rating "
            "counters and the readiness probe)",
            not code["keeping"],
            f"{len(code['keeping'])} such lines; the words cache/fragment/remember/later( "
            f"appear in {len(code['hits'])} lines of {code['files_searched']} files"
            + (f" ({words}), listed below" if code["hits"] else ""),
        ),
    ]


# --- Report ------------------------------------------------------------------------------------


def machine():
    cpu = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "?"
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    system = platform.platform()
    with contextlib.suppress(OSError):
        match = re.search(r'^PRETTY_NAME="?([^"\n]*)', Path("/etc/os-release").read_text(), re.M)
        if match:
            system = f"{match.group(1)} (Linux {platform.release()})"
    versions = {}
    from importlib import metadata

    for package in (
        "Django",
        "gunicorn",
        "django-compression-middleware",
        "django-redis",
        "psycopg",
        "psycopg-binary",
        "Brotli",
    ):
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions[package] = metadata.version(package)
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout
    nginx_version = subprocess.run([find_nginx(), "-v"], capture_output=True, text=True).stderr
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)),
        "memory": memory,
        "os": system,
        "python": platform.python_version(),
        "packages": versions,
        "wrk": (wrk_version.splitlines() or ["?"])[0].split(" [")[0],
        "nginx": nginx_version.strip().removeprefix("nginx version: nginx/") or "?",
        "redis": redis_version(),
        # Other work on the machine slows every run: the 1-minute load average at the start
        # (the end's is added when the run ends).
        "load_average": [round(os.getloadavg()[0], 2)],
    }


def errors_of(run):
    status = run["errors"].get("status", 0)
    return f"{run['error_total'] - status} / {status}"


def evaluate(data, seed_queries, durations):
    """[(target, passed, detail)] for one data set."""
    long, short = durations
    checks = []
    note = f" (short run: {long} s, not 30 s)" if long < 30 else ""

    ratios = []
    low = []
    for key, page in data["pages"].items():
        ratios.append(f"{key} {page['ratio']:.0%}")
        if page["ratio"] < TARGETS["cached_ratio"]:
            low.append(key)
    checks.append(
        (
            "cached public pages through nginx >= 50 % of nginx serving the same bytes as a "
            "static file (64 keep-alive connections)",
            not low,
            ", ".join(ratios) + note,
        )
    )

    c256 = data["c256"]["cached"]
    checks.append(
        (
            "0 errors at 256 connections on a cached page (socket errors, answers not 2xx/3xx)",
            c256["error_total"] == 0,
            f"{c256['requests']:,} requests to {data['c256']['url']}: "
            f"{c256['error_total'] - c256['errors'].get('status', 0)} socket errors, "
            f"{c256['errors'].get('status', 0)} not 2xx/3xx" + note,
        )
    )

    out = data["outage"]
    checks.append(
        (
            "with every app server stopped, every sitemap page answers 200 from nginx "
            "(br, gzip, identity)",
            out["failures"] == 0 and out["sitemap_pages"] > 0 and out["search_without_app"] == 503,
            f"{out['requests'] - out['failures']:,} of {out['requests']:,} answered 200 "
            f"({out['sitemap_pages']:,} pages × 3); a search answered "
            f"{out['search_without_app']} (503: the app was gone)",
        )
    )

    edit = data["edit"]
    checks.append(
        (
            f"an admin edit shows on the public page through nginx within "
            f"{TARGETS['edit_seconds']:.0f} s",
            edit["shown"] and edit["seconds"] <= TARGETS["edit_seconds"],
            f"{edit['seconds']} s after sending the form"
            if edit["shown"]
            else edit.get("error") or f"not shown after {EDIT_GIVE_UP_SECONDS} s",
        )
    )

    slow = []
    worst = max(data["uncached"].values(), key=lambda entry: entry["c8"]["p99_ms"])
    for key, entry in data["uncached"].items():
        run = entry["c8"]
        if run["p99_ms"] >= TARGETS["uncached_p99_ms"] or run["error_total"]:
            slow.append(f"{key} p99 {run['p99_ms']:.0f} ms, {run['error_total']} errors")
    checks.append(
        (
            "pages the app renders (searches, a query string, a download): p99 < 100 ms "
            "at 8 connections through nginx",
            not slow,
            ", ".join(slow)
            or f"highest p99 {worst['c8']['p99_ms']:.1f} ms ({worst['url']})"
            + (f" (short run: {short} s, not 10 s)" if short < 10 else ""),
        )
    )

    if seed_queries is not None:
        queries = data["queries"]
        differ = [
            f"{key} {seed_queries[key]['warm']} → {queries[key]['warm']}"
            for key in queries
            if key in seed_queries and seed_queries[key]["warm"] != queries[key]["warm"]
        ]
        checks.append(
            (
                "same SQL queries per page as with the seed content",
                not differ,
                ", ".join(differ) or "identical",
            )
        )
    return checks


def cached_table(data):
    lines = [
        "| page | bytes (br) | cached req/s | p50 / p99 ms | from nginx's cache "
        "| same bytes as a file: req/s | p50 / p99 ms | cached / file "
        "| errors: socket / not 2xx-3xx |",
        "| --- " + "| ---: " * 8 + "|",
    ]
    for key, label in CACHED_PAGES:
        page = data["pages"][key]
        cached, static = page["cached_c64"], page["static_c64"]
        lines.append(
            "| "
            + " | ".join(
                [
                    f"{label} `{page['url']}`",
                    f"{page['static_bytes']:,}",
                    f"{cached['rps']:,.0f}",
                    f"{cached['p50_ms']:.1f} / {cached['p99_ms']:.1f}",
                    f"{cached['from_cache']:.1%}",
                    f"{static['rps']:,.0f}",
                    f"{static['p50_ms']:.1f} / {static['p99_ms']:.1f}",
                    f"{page['ratio']:.0%}",
                    f"{errors_of(cached)}, file {errors_of(static)}",
                ]
            )
            + " |"
        )
    c256 = data["c256"]
    cached, static = c256["cached"], c256["static"]
    lines.append(
        f"| Home at 256 connections `{c256['url']}` | "
        f"{data['pages']['home']['static_bytes']:,} | {cached['rps']:,.0f} | "
        f"{cached['p50_ms']:.1f} / {cached['p99_ms']:.1f} | {cached['from_cache']:.1%} | "
        f"{static['rps']:,.0f} | {static['p50_ms']:.1f} / {static['p99_ms']:.1f} | "
        f"{cached['rps'] / static['rps']:.0%} | {errors_of(cached)}, file {errors_of(static)} |"
    )
    return "\n".join(lines)


def uncached_table(data):
    labels = dict([*CACHED_PAGES, *RENDERED_TOO, *NEVER_CACHED])
    with_64 = any("c64" in entry for entry in data["uncached"].values())
    lines = [
        "| page | req/s (8 c.) | p50 / p99 ms | X-Cache | errors / 5xx "
        + ("| req/s (64 c.) | p99 ms " if with_64 else "")
        + "| SQL | render in-process ms | br / gzip bytes |",
        "| --- " + "| ---: " * (7 + (2 if with_64 else 0)) + "|",
    ]
    for key, entry in data["uncached"].items():
        run = entry["c8"]
        query = data["queries"][key]
        states = ", ".join(f"{state} {count:,}" for state, count in sorted(run["x_cache"].items()))
        cells = [
            f"{labels[key]} `{entry['url']}`",
            f"{run['rps']:,.0f}",
            f"{run['p50_ms']:.1f} / {run['p99_ms']:.1f}",
            states,
            f"{run['error_total']} / {run['server_errors']}",
        ]
        if with_64:
            c64 = entry.get("c64")
            cells += [f"{c64['rps']:,.0f}", f"{c64['p99_ms']:.0f}"] if c64 else ["–", "–"]
        cells += [
            str(query["warm"]),
            f"{query['render_ms']:.1f}",
            f"{entry['sizes']['br']:,} / {entry['sizes']['gzip']:,}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def markdown(report):
    m = report["machine"]
    long, short = report["durations"]
    lines = [
        "# Load benchmark (`make bench`)",
        "",
        f"Run {report['date']} on {m['cpu']}, {m['cores']} cores ({m['cores_usable']} usable), "
        f"{m['memory']} RAM, {m['os']}; Python {m['python']}, Django "
        f"{m['packages'].get('Django', '?')}, nginx {m['nginx']} in front of "
        f"{report['app_servers']} gunicorn {m['packages'].get('gunicorn', '?')} instances "
        f"({report['gunicorn']}), PostgreSQL {report['postgres']}, Redis {m['redis']}, "
        f"{m['wrk']} on the same machine (2 threads). Pages fresh in nginx for "
        f"{report['page_fresh_seconds']} s (DJANGO_PAGE_FRESH_SECONDS), then revalidated."
        + (
            " Load average (1 min) at the start and the end of the run: "
            + " and ".join(f"{value:.2f}" for value in m["load_average"])
            + f" (on {m['cores_usable']} cores)."
            if m.get("load_average")
            else ""
        ),
        "",
        f"Everything goes through nginx (deploy/nginx/render.py's configuration). wrk runs: "
        f"{long} s at 64 and 256 connections, {short} s at 8, keep-alive, "
        f"`Accept-Encoding: {ACCEPT_ENCODING}`, timeout {WRK_TIMEOUT}. Cached: the page as "
        'nginx keeps it; "from nginx\'s cache" counts the answers whose X-Cache is HIT, '
        "STALE, UPDATING or REVALIDATED. Same bytes as a file: the page's Brotli body as "
        "nginx sent it, written under the static root and served by the same nginx as a "
        "static file, loaded right after the page. Rendered by the app: a public page with "
        f"`?{UNCACHED_QUERY}` (a query string nginx passes on and never keeps), the "
        f"searches and a download, each after {WARM_UP_REQUESTS} requests one after "
        "another; SQL: queries of one request, in-process after a warm-up "
        f"request; render: the median of {RENDER_SAMPLES} in-process requests (Django's test "
        "client, no compression). Errors: socket errors (connect, read, write, timeout) / "
        "answers that are not 2xx or 3xx.",
        "",
    ]
    for dataset, data in report["datasets"].items():
        content = data["content"]
        edit = data["edit"]
        out = data["outage"]
        warm = out["warm_cache"]
        lines += [
            f"## {'Seed content' if dataset == 'seed' else 'Large data set'} (`{dataset}`)",
            "",
            f"{content['network_members']} network members ({content['organisations']} bodies), "
            f"{content['help_desks']} help desks ({content['desks_on_map']} on the map, "
            f"{content['contact_channels']} channels, {content['opening_hours']} weekly hours), "
            f"{content['acts']} acts ({content['acts_with_pdf']} with a PDF), "
            f"{content['pages']} pages, {content['comuni']} comuni.",
            "",
            "Cached public pages (64 connections; the last row 256):",
            "",
            cached_table(data),
            "",
            "Rendered by the app on every request (8 connections):",
            "",
            uncached_table(data),
            "",
            (
                f"Admin edit failed: {edit['error']}"
                if "error" in edit
                else f"Admin edit: an administrator signed in through nginx (password and "
                f"two-step code) and renamed the desk of `{edit['desk']}` with the admin's "
                f"form (saved in {edit['save_seconds']} s); polled through nginx every "
                f"{EDIT_POLL_SECONDS * 1000:.0f} ms, the page showed the new name "
                + (
                    f"{edit['seconds']} s after the form was sent ({edit['polls']} requests, "
                    f"X-Cache {edit['x_cache']}; shown with {edit['shown_with']})."
                    if edit["shown"]
                    else f"not within {EDIT_GIVE_UP_SECONDS} s."
                )
            ),
            "",
            f"Without the app: `manage.py warm_cache` through nginx took {warm['seconds']} s "
            f"(exit {warm['returncode']}: {(warm['output'].splitlines() or [''])[0]}); then "
            f"every app server was stopped, and of {out['requests']:,} requests "
            f"({out['sitemap_pages']:,} sitemap pages in br, gzip and identity) "
            f"{out['requests'] - out['failures']:,} answered 200 in {out['seconds']} s "
            f"(X-Cache {out['x_cache']}); a search, which nginx never keeps, answered "
            f"{out['search_without_app']}.",
        ]
        if out["failed"]:
            lines += ["", "Not 200:", ""] + [f"- `{item}`" for item in out["failed"][:20]]
        lines += ["", "Targets:", ""]
        for target, passed, detail in data["targets"]:
            lines.append(f"- **{'PASS' if passed else 'FAIL'}** {target}: {detail}")
        lines.append("")
    code = report["code"]
    lines += ["## Code about caching", ""]
    for target, passed, detail in code["targets"]:
        lines.append(f"- **{'PASS' if passed else 'FAIL'}** {target}: {detail}")
    if code["hits"]:
        lines += ["", "Lines with those words:", ""]
        lines += ["- `" + hit.replace("`", "'") + "`" for hit in code["hits"]]
    lines.append("")
    return "\n".join(lines)


# --- Main ----------------------------------------------------------------------------------


def preflight():
    if not shutil.which("wrk"):
        raise BenchError("wrk is not installed (Debian: apt-get install wrk, or `make wrk`)")
    if not find_nginx():
        raise BenchError("nginx is not installed (Debian: apt-get install nginx, or `make nginx`)")
    if not MIME_TYPES.exists():
        raise BenchError(f"{MIME_TYPES} is missing (Debian's nginx-common package)")
    try:
        postgres_connect().close()
    except Exception as error:
        raise BenchError(f"PostgreSQL at 127.0.0.1:5432 (user postgres): {error}") from error
    try:
        redis_version()
    except Exception as error:
        raise BenchError(f"Redis at {REDIS_URL}: {error}") from error


def bench():
    long = int(os.environ.get("BENCH_DURATION", "30"))
    short = int(os.environ.get("BENCH_SHORT_DURATION", "10"))
    datasets = [d for d in os.environ.get("BENCH_DATASETS", "seed,large").split(",") if d]
    output = Path(os.environ.get("BENCH_OUTPUT", str(BENCH_DIR / "results" / "latest")))
    if not set(datasets) <= {"seed", "large"}:
        raise BenchError("BENCH_DATASETS: seed, large or both")
    preflight()
    sys.path.insert(0, str(BASE_DIR))  # tests.helpers.form_data, for the admin's form
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="bn_", dir="/tmp"))
    # nginx's workers (another user when started as root) read the static files.
    workdir.chmod(0o755)
    prefix = f"bn_{secrets.token_hex(6)}"
    report = {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "durations": [long, short],
        "machine": machine(),
        "app_servers": APP_SERVERS,
        "datasets": {},
    }
    common = {
        **base_environment(),
        "DJANGO_SETTINGS_MODULE": "pariopportunita.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_HSTS_SECONDS": "0",
        "DJANGO_SERVE_MEDIA": "0",
        "DJANGO_TRUSTED_PROXY_COUNT": "1",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "REDIS_URL": REDIS_URL,
        "DJANGO_CACHE_PREFIX": prefix,
        "PYTHONUNBUFFERED": "1",
    }
    try:
        log(f"collectstatic into {workdir / 'static'}")
        run_command(
            [PYTHON, "manage.py", "collectstatic", "--no-input", "-v", "0"],
            {**common, "DATABASE_URL": "sqlite:///:memory:"},
            "collectstatic",
        )
        seed_queries = None
        for dataset in datasets:
            with throw_away_database(dataset) as database:
                media = workdir / f"media-{dataset}"
                media.mkdir()
                env = {
                    **common,
                    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
                    "DJANGO_MEDIA_ROOT": str(media),
                    "DJANGO_CACHE_PREFIX": f"{prefix}_{dataset}",
                }
                admin = {
                    "username": "bench_admin",
                    "password": secrets.token_urlsafe(18),
                    "totp_key": secrets.token_hex(20),
                }
                info = prepare_dataset(dataset, env, workdir, admin)
                data = measure_dataset(dataset, env, workdir, info, (long, short), admin)
                data["queries"] = info["queries"]
                data["content"] = info["content"]
                data["urls"] = info["urls"]
                report["postgres"] = info["postgres_version"]
                report["page_fresh_seconds"] = info["page_fresh_seconds"]
                config = info["gunicorn_config"]
                report["gunicorn"] = (
                    f"each {config.get('workers')} {config.get('worker_class')} workers × "
                    f"{config.get('threads')} threads, at most {config.get('worker_connections')} "
                    f"connections per worker, keepalive {config.get('keepalive')} s"
                )
                report["gunicorn_config"] = config
                data["targets"] = evaluate(data, seed_queries, (long, short))
                if dataset == "seed":
                    seed_queries = info["queries"]
                report["datasets"][dataset] = data
                deleted = delete_redis_keys(env["DJANGO_CACHE_PREFIX"])
                log(f"{dataset}: deleted {deleted} Redis keys")
    finally:
        with contextlib.suppress(Exception):
            delete_redis_keys(prefix)
        if os.environ.get("BENCH_KEEP_TMP") == "1":
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    code = caching_code()
    code["targets"] = evaluate_code(code)
    report["code"] = code
    report["elapsed_s"] = round(time.monotonic() - started)
    report["machine"]["load_average"].append(round(os.getloadavg()[0], 2))
    output.parent.mkdir(parents=True, exist_ok=True)
    json_report = {
        **report,
        "code": {**code, "targets": [list(item) for item in code["targets"]]},
        "datasets": {
            name: {**data, "targets": [list(item) for item in data["targets"]]}
            for name, data in report["datasets"].items()
        },
    }
    output.with_suffix(".json").write_text(
        json.dumps(json_report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    text = markdown(report)
    output.with_suffix(".md").write_text(text, encoding="utf-8")
    print()
    print(text)
    failed = [
        f"{name}: {target}"
        for name, data in [*report["datasets"].items(), ("code", code)]
        for target, passed, _detail in data["targets"]
        if not passed
    ]
    print("Targets not met:" if failed else "Every target met.")
    for item in failed:
        print(f"  - {item}")
    print(f"Written to {output.with_suffix('.md')} and {output.with_suffix('.json')}")


def main():
    parser = argparse.ArgumentParser(description="Load benchmark of the production stack.")
    parser.add_argument("--inspect", metavar="OUT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inspect:
        inspect(args.inspect)
        return

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, stop)
    try:
        bench()
    except BenchError as error:
        print(f"bench failed: {error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
