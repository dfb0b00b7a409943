"""Real servers for tests of the production stack: a throw-away PostgreSQL database,
gunicorn running the site, and a TCP relay that can be cut to make a service unreachable.
"""

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_environment(**extra):
    """The environment of a production app server on loopback (plain HTTP)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="pariopportunita.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_SECURE_COOKIES="0",
        DJANGO_HSTS_SECONDS="0",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_LOG_LEVEL="WARNING",
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


@contextlib.contextmanager
def throwaway_database(prefix, env, postgres):
    """A new PostgreSQL database on `postgres` (tests/services.py), migrated and seeded
    with `env`; dropped afterwards."""
    name = f"{prefix}_{secrets.token_hex(4)}"
    admin = postgres.connect()
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        env = {**env, "DATABASE_URL": postgres.url(name)}
        for command in (["migrate", "--no-input", "-v", "0"], ["seed_content"]):
            subprocess.run(
                [PYTHON, "manage.py", *command],
                cwd=BASE_DIR,
                env=env,
                check=True,
                capture_output=True,
            )
        yield name
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


class Relay:
    """A TCP relay from a local port to a service; `cut()` closes the port and every
    connection through it (the service is then unreachable), `restore()` opens it again."""

    def __init__(self, target_port):
        self.target_port = target_port
        self.port = free_port()
        self._listener = None
        self._connections = []
        self._lock = threading.Lock()
        self._frozen = False

    def restore(self):
        self._frozen = False
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def freeze(self):
        """Connections stay open but carry nothing more, either way (a firewall that drops
        packets of an idle connection): the service is gone without any error."""
        self._frozen = True

    def cut(self):
        with self._lock:
            if self._listener is not None:
                # shutdown() wakes the thread blocked in accept(); close() alone would not,
                # and the port would stay open.
                with contextlib.suppress(OSError):
                    self._listener.shutdown(socket.SHUT_RDWR)
                self._listener.close()
                self._listener = None
            for connection in self._connections:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)
                connection.close()
            self._connections.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            with self._lock:
                self._connections += [client, upstream]
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, target), daemon=True).start()

    def _pipe(self, source, target):
        try:
            while data := source.recv(65536):
                if not self._frozen:
                    target.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                target.shutdown(socket.SHUT_WR)


class AppServer:
    """gunicorn with the repository's configuration, in its own process group."""

    def __init__(self, env, port=None):
        self.port = port or free_port()
        self.env = {**env, "GUNICORN_BIND": f"127.0.0.1:{self.port}"}
        self.process = None
        self.output = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=30):
        self.output = open(  # noqa: SIM115 - kept open while the server runs
            f"/tmp/app-server-{self.port}.log", "w+b"
        )
        self.process = subprocess.Popen(
            [GUNICORN, "-c", "deploy/gunicorn.conf.py", "pariopportunita.wsgi"],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log()}")
            with contextlib.suppress(OSError):
                if get(f"{self.url}/healthz").status == 200:
                    return self
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer in {timeout} s:\n{self.log()}")

    def stop(self):
        if self.process and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        if self.output:
            self.output.close()

    def log(self):
        self.output.flush()
        return Path(self.output.name).read_text(errors="replace")


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8", errors="replace")


def get(url, headers=None, data=None, timeout=10):
    """A request without following redirects; any status is returned, not raised."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with opener.open(request, timeout=timeout) as answer:
            return Response(answer.status, answer.headers, answer.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, error.headers, error.read())
