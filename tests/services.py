"""PostgreSQL and Redis for the tests that need a real server (faults, request limits,
the shared cache, the stack behind nginx).

The one already running on this machine's usual port (127.0.0.1:5432, :6379; CI starts
both) is used when it answers; otherwise a throw-away server is started from the installed
binaries (pytest-postgresql, pytest-redis) on a free port, in a temporary folder, and
stopped at the end of the run. Without the binaries the tests that need it are skipped
with one line saying what to install; with REQUIRE_INTEGRATION=1 (CI) they fail instead.
"""

import glob
import os
import pwd
import shutil
import socket
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
import redis

# Where a running server is looked for first (another port tries the throw-away servers).
USUAL_POSTGRES_PORT = int(os.environ.get("TEST_POSTGRES_PORT", "5432"))
USUAL_REDIS_PORT = int(os.environ.get("TEST_REDIS_PORT", "6379"))
HOST = "127.0.0.1"


def unavailable(reason):
    """Skip, or fail when the tests are required (CI)."""
    if os.environ.get("REQUIRE_INTEGRATION") == "1":
        pytest.fail(f"{reason} (REQUIRE_INTEGRATION=1, so this is a failure, not a skip)")
    pytest.skip(reason)


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@dataclass(frozen=True)
class Postgres:
    host: str
    port: int
    user: str = "postgres"

    def url(self, name="postgres", port=None):
        return f"postgres://{self.user}@{self.host}:{port or self.port}/{name}"

    def connect(self, dbname="postgres"):
        return psycopg.connect(
            dbname=dbname, host=self.host, port=self.port, user=self.user, connect_timeout=3
        )


@dataclass(frozen=True)
class Redis:
    host: str
    port: int

    def url(self, db=0):
        return f"redis://{self.host}:{self.port}/{db}"


def _postgres_answers(server):
    try:
        server.connect().close()
    except psycopg.OperationalError:
        return False
    return True


def _redis_answers(server):
    try:
        redis.Redis(host=server.host, port=server.port, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False
    return True


def _pg_ctl():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=_version_key)
    return found[-1] if found else shutil.which("pg_ctl")


def _version_key(path):
    version = Path(path).parents[1].name
    return int(version) if version.isdigit() else 0


def _as_postgres_user(pg_ctl, folder):
    """PostgreSQL refuses to run as root: as root, pg_ctl runs as the `postgres` user
    (Debian's package makes it) through a wrapper, in a folder that user owns."""
    if os.geteuid() != 0:
        return pg_ctl
    try:
        account = pwd.getpwnam("postgres")
    except KeyError:
        unavailable("PostgreSQL cannot run as root and there is no `postgres` user")
    for path in (folder, *folder.rglob("*")):
        os.chown(path, account.pw_uid, account.pw_gid)
    wrapper = folder / "pg_ctl"
    wrapper.write_text(f'#!/bin/sh\nexec runuser -u postgres -- {pg_ctl} "$@"\n')
    wrapper.chmod(stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    os.chown(wrapper, account.pw_uid, account.pw_gid)
    return str(wrapper)


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory):
    usual = Postgres(HOST, USUAL_POSTGRES_PORT)
    if _postgres_answers(usual):
        yield usual
        return
    pg_ctl = _pg_ctl()
    if pg_ctl is None:
        unavailable(
            "PostgreSQL is not running at 127.0.0.1:5432 and not installed "
            "(Debian: apt-get install postgresql, or run `make test` as root)"
        )
    from pytest_postgresql.executors import PostgreSQLExecutor

    # Not under pytest's own folder (mode 0700): the `postgres` user must reach it.
    folder = Path(tempfile.mkdtemp(prefix="pytest-postgresql-"))
    folder.chmod(0o755)
    (folder / "data").mkdir()
    executable = _as_postgres_user(pg_ctl, folder)
    server = Postgres(HOST, free_port())
    executor = PostgreSQLExecutor(
        executable=executable,
        host=server.host,
        port=server.port,
        datadir=str(folder / "data"),
        unixsocketdir=str(folder),
        logfile=str(folder / "postgresql.log"),
        startparams="-w",
        dbname="postgres",
        user=server.user,
        postgres_options="-c fsync=off -c full_page_writes=off",
    )
    try:
        with executor:
            executor.wait_for_postgres()
            yield server
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    usual = Redis(HOST, USUAL_REDIS_PORT)
    if _redis_answers(usual):
        yield usual
        return
    executable = shutil.which("redis-server")
    if executable is None:
        unavailable(
            "Redis is not running at 127.0.0.1:6379 and not installed "
            "(Debian: apt-get install redis-server, or run `make test` as root)"
        )
    from pytest_redis.executor import RedisExecutor

    server = Redis(HOST, free_port())
    executor = RedisExecutor(
        executable=executable,
        databases=16,
        redis_timeout=30,
        loglevel="warning",
        host=server.host,
        port=server.port,
        datadir=tmp_path_factory.mktemp("redis"),
    )
    with executor:
        yield server
