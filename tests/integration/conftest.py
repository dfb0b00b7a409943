"""The production stack, for real: Debian's nginx with deploy/nginx/'s configuration in
front of two gunicorn instances (deploy/gunicorn.conf.py) that share one PostgreSQL
database and Redis.

It needs nginx, PostgreSQL and Redis (tests/services.py: the ones running on this
machine, or throw-away servers started from the installed binaries). Without one of them
the tests are skipped, saying which; with REQUIRE_INTEGRATION=1 (CI) they fail instead.
The stack is independent of the suite's own database: it creates a throw-away database
`pi_integ_<random>`, uses Redis database 3 under a random key prefix, listens on loopback
ports 18000-18999 only, keeps its files in /tmp/px_<random>/ and removes all of it,
processes first, however the tests end (PX_KEEP_TMP=1 keeps the folder, with every log,
for a look afterwards).
"""

import contextlib
import json
import os
import secrets
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests import processes
from tests.processes import find_nginx, stop_process_group

BASE_DIR = Path(__file__).resolve().parents[2]
RENDER = BASE_DIR / "deploy" / "nginx" / "render.py"
GUNICORN_CONF = BASE_DIR / "deploy" / "gunicorn.conf.py"
REDIS_DB = 3
PORTS = range(18000, 19000)
EDITOR_USERNAME = "px_redattrice"
PAGE_FRESH_SECONDS = 2
DEBIAN_MIME_TYPES = Path("/etc/nginx/mime.types")

# What `manage.py shell` runs once the database is seeded: the editor the tests sign in
# as (staff, group "Redattori", not a superuser, so no two-step verification) and the
# help desk they look at and edit.
SETUP_SCRIPT = """
import json, os
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation
from network.models import HelpDesk

translation.activate("it")
user = get_user_model().objects.create_user(
    os.environ["PX_EDITOR_USERNAME"], "redattrice@example.org",
    os.environ["PX_EDITOR_PASSWORD"], is_staff=True,
)
user.groups.add(Group.objects.get(name="Redattori"))
desk = HelpDesk.objects.filter(published=True).order_by("pk").first()
print(json.dumps({"id": desk.pk, "name": desk.name, "url": desk.get_absolute_url()}))
"""


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/integration/" in str(item.path):
            item.add_marker(pytest.mark.stack)


def unavailable(reason):
    """Skip, or fail when the integration tests are required (CI)."""
    if os.environ.get("REQUIRE_INTEGRATION") == "1":
        pytest.fail(f"{reason} (REQUIRE_INTEGRATION=1, so this is a failure, not a skip)")
    pytest.skip(reason)


def free_ports(count):
    """Ports nobody listens on, in the range these tests may use, on loopback."""
    return processes.free_ports(count, PORTS)


def wait_until_answering(port, path="/healthz", timeout=30, process=None, log=None):
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError as error:
            last_error = error
        time.sleep(0.1)
    tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
    raise RuntimeError(f"nothing answers on port {port}{path}: {last_error}\n{tail}")


@dataclass
class Stack:
    tmp: Path
    nginx_port: int
    app_ports: dict
    env: dict
    editor_password: str
    desk: dict
    processes: dict = field(default_factory=dict)
    logs: dict = field(default_factory=dict)

    @property
    def static_root(self):
        return self.tmp / "static"

    @property
    def media_root(self):
        return self.tmp / "media"

    @property
    def nginx_access_log(self):
        return self.tmp / "logs" / "pariopportunita.access.log"

    def url(self, path="/", port=None):
        return f"http://127.0.0.1:{port or self.nginx_port}{path}"

    def start_app(self, name):
        log = self.tmp / "logs" / f"gunicorn-{name}.log"
        env = {**self.env, "GUNICORN_BIND": f"127.0.0.1:{self.app_ports[name]}"}
        with log.open("ab") as output:
            self.processes[name] = subprocess.Popen(
                [
                    gunicorn_executable(),
                    "-c",
                    str(GUNICORN_CONF),
                    "pariopportunita.wsgi",
                ],
                cwd=BASE_DIR,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.logs[name] = log

    def stop_app(self, name, timeout=30):
        """SIGTERM to the gunicorn master, as systemd's stop does; waits for it to end."""
        process = self.processes[name]
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                stop_process_group(process, signal.SIGKILL)

    def app_log_text(self):
        return "\n".join(path.read_text(errors="replace") for path in self.logs.values())


def gunicorn_executable():
    return shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or str(
        BASE_DIR / ".venv" / "bin" / "gunicorn"
    )


def manage(env, *args, log):
    """Run manage.py; its output goes to the log, and into the error when it fails."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    with log.open("a") as output:
        output.write(f"$ manage.py {' '.join(args)}\n{result.stdout}{result.stderr}\n")
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {args[0]} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def _check_prerequisites():
    nginx = find_nginx()
    if nginx is None:
        unavailable("nginx is not installed (Debian: apt-get install nginx, or `make nginx`)")
    if not DEBIAN_MIME_TYPES.exists():
        unavailable(f"{DEBIAN_MIME_TYPES} is missing (Debian's nginx-common package)")
    if not os.access(gunicorn_executable(), os.X_OK):
        unavailable("gunicorn is not installed in the virtual environment (make test)")
    return nginx


def _create_database(postgres, name, cleanup):
    def run(sql):
        connection = postgres.connect()
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql)
        finally:
            connection.close()

    run(f'CREATE DATABASE "{name}"')
    # FORCE: the app servers' pooled connections may outlive them by a moment.
    cleanup.callback(run, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _forget_cache_keys(location, prefix):
    import redis

    client = redis.Redis.from_url(location, socket_connect_timeout=2)
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


def _start_nginx(nginx, stack, cleanup):
    tmp = stack.tmp
    app_servers = [f"127.0.0.1:{port}" for port in stack.app_ports.values()]
    subprocess.run(
        [
            sys.executable,
            str(RENDER),
            "--server-name",
            "127.0.0.1",
            "--server-name",
            "localhost",
            "--listen",
            f"127.0.0.1:{stack.nginx_port}",
            *[arg for server in app_servers for arg in ("--app-server", server)],
            "--static-root",
            str(stack.static_root),
            "--media-root",
            str(stack.media_root),
            "--log-dir",
            str(tmp / "logs"),
            "--hsts-seconds",
            "0",
            "--cache-dir",
            str(tmp / "cache"),
            "--output",
            str(tmp / "pariopportunita.conf"),
            # nginx's main file, as Debian's around a site, every path in the test folder.
            "--main-config",
            str(tmp),
        ],
        check=True,
        timeout=30,
    )
    main = tmp / "nginx.conf"
    command = [nginx, "-p", str(tmp), "-c", str(main)]
    checked = subprocess.run([*command, "-t", "-q"], capture_output=True, text=True, timeout=30)
    if checked.returncode != 0:
        raise RuntimeError(f"nginx -t refuses the configuration:\n{checked.stderr}")
    log = tmp / "logs" / "nginx-stderr.log"
    with log.open("ab") as output:
        process = subprocess.Popen(
            [*command, "-g", "daemon off;"],
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    stack.processes["nginx"] = process
    cleanup.callback(stop_process_group, process, signal.SIGTERM)
    wait_until_answering(stack.nginx_port, process=process, log=log)


@pytest.fixture(scope="module")
def stack(postgres_server, redis_server):
    nginx = _check_prerequisites()
    redis_url = redis_server.url(REDIS_DB)
    with contextlib.ExitStack() as cleanup:
        tmp = Path(tempfile.mkdtemp(prefix="px_", dir="/tmp"))
        if os.environ.get("PX_KEEP_TMP") != "1":
            cleanup.callback(shutil.rmtree, tmp, ignore_errors=True)
        # nginx's workers run as another user when the tests run as root.
        tmp.chmod(stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
        for folder in ("logs", "temp", "run", "media"):
            (tmp / folder).mkdir()
        # nginx's workers write the page cache.
        (tmp / "cache").mkdir(mode=0o777)
        (tmp / "cache").chmod(0o777)

        token = secrets.token_hex(6)
        database = f"pi_integ_{token}"
        cache_prefix = f"px_integ_{token}"
        _create_database(postgres_server, database, cleanup)
        cleanup.callback(_forget_cache_keys, redis_url, cache_prefix)

        nginx_port, port_a, port_b = free_ports(3)
        inherited = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(("DJANGO_", "GUNICORN_", "PYTEST_"))
            and name not in {"DATABASE_URL", "REDIS_URL", "WEB_CONCURRENCY"}
        }
        env = {
            **inherited,
            "DJANGO_SETTINGS_MODULE": "pariopportunita.settings",
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SECURE_COOKIES": "0",
            "DJANGO_HSTS_SECONDS": "0",
            "DJANGO_SECURE_PROXY_SSL_HEADER": "1",
            "DJANGO_TRUSTED_PROXY_COUNT": "1",
            "DATABASE_URL": postgres_server.url(database),
            "REDIS_URL": redis_url,
            "DJANGO_CACHE_PREFIX": cache_prefix,
            "DJANGO_STATIC_ROOT": str(tmp / "static"),
            "DJANGO_MEDIA_ROOT": str(tmp / "media"),
            "WEB_CONCURRENCY": "2",
            "GUNICORN_GRACEFUL_TIMEOUT": "10",
            # Soon, so that a test sees each worker freeze what it holds.
            "GUNICORN_GC_FREEZE_AFTER": "20",
            "PYTHONUNBUFFERED": "1",
            # A page is fresh in nginx's cache for this long, then asked for again.
            "DJANGO_PAGE_FRESH_SECONDS": str(PAGE_FRESH_SECONDS),
        }
        stack = Stack(
            tmp=tmp,
            nginx_port=nginx_port,
            app_ports={"a": port_a, "b": port_b},
            env=env,
            editor_password=secrets.token_urlsafe(18),
            desk={},
        )

        # collectstatic (hashing and compressing takes a while) alongside the database.
        setup_log = tmp / "logs" / "setup.log"
        with (tmp / "logs" / "collectstatic.log").open("ab") as output:
            collectstatic = subprocess.Popen(
                [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"],
                cwd=BASE_DIR,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        cleanup.callback(stop_process_group, collectstatic, signal.SIGKILL)
        manage(env, "migrate", "--no-input", "-v", "0", log=setup_log)
        manage(env, "seed_content", log=setup_log)
        printed = manage(
            {
                **env,
                "PX_EDITOR_USERNAME": EDITOR_USERNAME,
                "PX_EDITOR_PASSWORD": stack.editor_password,
            },
            "shell",
            "-c",
            SETUP_SCRIPT,
            log=setup_log,
        )
        stack.desk = json.loads(printed.strip().splitlines()[-1])
        if collectstatic.wait(timeout=180) != 0:
            raise RuntimeError("collectstatic failed: see collectstatic.log in " + str(tmp))

        for name in stack.app_ports:
            stack.start_app(name)
            cleanup.callback(stop_process_group, stack.processes[name], signal.SIGTERM)
        for name, port in stack.app_ports.items():
            wait_until_answering(port, process=stack.processes[name], log=stack.logs[name])
        _start_nginx(nginx, stack, cleanup)
        yield stack
