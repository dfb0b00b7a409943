"""Calling the site's WSGI stack in the test process, as gunicorn would."""

import io
from dataclasses import dataclass, field
from wsgiref.util import setup_testing_defaults

from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections

from operations.logs import AccessLog
from operations.tracking import DropTrackingParameters


def site_stack():
    """What gunicorn runs, without WhiteNoise (no collected static files in these tests)."""
    return AccessLog(DropTrackingParameters(WSGIHandler()))


@dataclass
class Answer:
    status: int
    headers: dict
    body: bytes = b""
    header_list: list = field(default_factory=list)


def call(app, path, method="GET", headers=None, body=b""):
    """One request through `app`; `headers` as HTTP names ({"Accept-Encoding": "br"})."""
    path, _, query = path.partition("?")
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "HTTP_HOST": "testserver",
        "wsgi.input": io.BytesIO(body),
        "CONTENT_LENGTH": str(len(body)),
    }
    for name, value in (headers or {}).items():
        key = name.upper().replace("-", "_")
        environ[key if key in ("CONTENT_TYPE",) else f"HTTP_{key}"] = value
    setup_testing_defaults(environ)
    captured = {}

    def start_response(status, header_list, exc_info=None):
        captured["status"], captured["headers"] = status, header_list

    # As Django's test client does: neither the start nor the end of a request may close
    # the test's database connection (it holds the test's transaction; on SQLite's
    # in-memory database a close does nothing, on PostgreSQL it is real).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        result = app(environ, start_response)
        content = b"".join(result)
        if hasattr(result, "close"):
            result.close()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
    header_list = captured["headers"]
    return Answer(
        status=int(captured["status"].split()[0]),
        headers={name.lower(): value for name, value in header_list},
        body=content,
        header_list=header_list,
    )
