"""Logs for production: one JSON object per line on stdout, each with the request's id.

What is never logged: a visitor's IP address, the query string of any request (a search
is a query string), and anything a visitor posted (such as a rating's comment). The
access log line is written by `AccessLog`, which sees only the method and the path.
"""

import contextvars
import json
import logging
import re
import time
import uuid

request_id_var = contextvars.ContextVar("request_id", default="")

# An id the proxy sent (nginx's $request_id is 32 hex digits); anything else is replaced.
VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")

access_logger = logging.getLogger("pariopportunita.access")


def current_request_id():
    return request_id_var.get()


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record, so that a line can be traced to its request."""

    def filter(self, record):
        record.request_id = request_id_var.get()
        return True


# Attributes every LogRecord has; anything else was passed as `extra` and is logged.
_STANDARD_ATTRIBUTES = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
    "request_id",
    # Django's request log passes the request object itself: never written out.
    "request",
    "server_time",
    "taskName",
}


class JsonFormatter(logging.Formatter):
    """One line of JSON per record; a traceback stays on the same line."""

    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", "")
        if request_id:
            entry["request_id"] = request_id
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRIBUTES and not key.startswith("_"):
                entry[key] = value if isinstance(value, (int, float, bool)) else str(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class AccessLog:
    """The outermost WSGI layer: a request id for every request, and one access log line.

    The line has the method, the path (never the query string), the status and the time
    taken; not the client's address (nginx logs how its cache answered).
    """

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        proposed = environ.get("HTTP_X_REQUEST_ID", "")
        request_id = proposed if VALID_REQUEST_ID.fullmatch(proposed) else uuid.uuid4().hex
        environ["HTTP_X_REQUEST_ID"] = request_id
        token = request_id_var.set(request_id)

        # Logged when the headers go out: the body is not wrapped, so that a file can
        # still be sent by the server's sendfile (wsgi.file_wrapper).
        def logging_start_response(status, headers, exc_info=None):
            code = int(status.split(" ", 1)[0])
            access_logger.info(
                "%s %s %s",
                environ.get("REQUEST_METHOD", ""),
                environ.get("PATH_INFO", ""),
                code,
                extra={
                    "status": code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )
            return start_response(status, [*headers, ("X-Request-ID", request_id)], exc_info)

        try:
            return self.app(environ, logging_start_response)
        finally:
            request_id_var.reset(token)
