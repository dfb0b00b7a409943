"""gunicorn's configuration: `gunicorn -c deploy/gunicorn.conf.py pariopportunita.wsgi`.

Every value can be changed by an environment variable, so that the same file serves
`make serve`, the integration test and a server (docs/deploy.md).

- Workers: as many processes as the host has cores, shared among the instances that run
  on it (GUNICORN_INSTANCES: docs/deploy.md runs two, so one worker each on 2 cores),
  each serving one request at a time (GUNICORN_THREADS, 1). Python runs one thread of a
  process at a time, so a process is worth one core at most; more processes than cores,
  or threads in a process, only take turns, and each turn costs. Measured (make bench, 8
  connections, 2 cores, two instances): 2 workers of 4 threads each served the rendered
  pages at 40-120 requests a second with a p99 of 170-460 ms; one worker of one thread
  each, with nginx sending each request to the less busy instance, at 80-170 with a p99
  of 65-140 ms; two threads were a little slower than one. Several processes need a
  shared cache for the rating form's limits: without REDIS_URL it lives in one process's
  memory, so there is then one process (WEB_CONCURRENCY overrides all this).
- Connections: a worker takes no more connections than it has threads, and closes each
  one after its answer (no keepalive: nginx in front opens a connection per request on
  loopback). Otherwise the first worker to wake up accepts most of a burst of connections
  and keeps them: measured with 8 clients, one worker held 7 of them, served them four at
  a time on one core while the other core was nearly idle, and 1 request in 100 waited
  80 ms or more. Now a connection waits in the kernel's queue, in order, until a worker is
  free.
- Graceful reload: `kill -HUP <master pid>` starts new workers with the new code and lets
  the old ones finish their requests (up to graceful_timeout).
- Logs: gunicorn's own messages on stderr, through `PrivateLogger` below, which leaves
  out what a visitor sent (her address, a request line, a header); the access log is
  written by the application (operations/logs.py), which never records the client's
  address.
- Limits: a request line of up to 8190 bytes (gunicorn's most), so that a long search
  reaches the app and is cut to the search's own limit instead of getting gunicorn's
  bare 414; nginx in front has the same bound (large_client_header_buffers) and answers
  what it or gunicorn refuses with the site's page (deploy/nginx/).
- Python's garbage collector: once a worker has served its first requests (Django, the
  templates and the translations are loaded by then), what it holds is frozen
  (`gc.freeze()`), so that a full collection no longer walks those hundred thousand objects:
  one took 50-100 ms of CPU, during which the worker answered nobody. And after each
  answer, once it is sent, the worker collects the young objects (`gc.collect(1)`): a
  request leaves model instances in reference cycles (prefetched rows point back to their
  parent), and collected in the middle of the next requests they were kept into the old
  generation, whose collections then took 20-80 ms in the middle of a request. Collected
  between requests, as unicorn's "out-of-band GC" does, they cost about half a millisecond
  a request in all, and no request waits for a full collection.
"""

import gc
import logging
import multiprocessing
import os
import re

from gunicorn import glogging

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")
worker_class = "gthread"
instances = max(1, int(os.environ.get("GUNICORN_INSTANCES") or 1))
workers = int(
    os.environ.get(
        "WEB_CONCURRENCY",
        max(1, multiprocessing.cpu_count() // instances) if os.environ.get("REDIS_URL") else 1,
    )
)
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_connections = threads
keepalive = 0
# A request that takes longer than this is abandoned and its worker restarted.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Workers are replaced after this many requests, so that a slow leak never grows. Not
# much lower: a worker that starts again spends a second of CPU importing Django and
# loading its templates,
# while (one worker per core) the server has one core fewer. At 50,000 the benchmark
# replaced a worker every half a minute under load, and 1 request in 100 of those runs
# waited over a second. A million is an hour of a worker at full load, weeks of a normal day.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000000"))
max_requests_jitter = max_requests // 10
# The proxy in front (nginx on the same host) may set X-Forwarded-Proto.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = "pariopportunita"
# Uploaded files are spooled to disk by Django; the worker's temporary files in memory.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# gunicorn's control socket (one per user, in ~/.gunicorn) is not used: reload with HUP.
# Off, so that two instances on one host never share it.
control_socket_disable = True

# The request line: gunicorn's most (its default, 4094, turned a long search into a bare
# 414). The header lines: its defaults, written out because nginx's bound is the same.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190

# Requests a worker serves before it freezes what it holds (0: never).
gc_freeze_after = int(os.environ.get("GUNICORN_GC_FREEZE_AFTER", "200"))


def post_request(worker, req, environ, resp):
    """After each answer has been sent: the garbage of the request is collected. After the
    worker's first `gc_freeze_after` requests: one full collection, then everything still
    alive is left out of every later collection."""
    if gc_freeze_after and not getattr(worker, "gc_frozen", False) and worker.nr >= gc_freeze_after:
        worker.gc_frozen = True
        gc.collect()
        gc.freeze()
        worker.log.info(
            "Froze %d objects after %d requests (gc.freeze)", gc.get_freeze_count(), worker.nr
        )
    else:
        gc.collect(1)


class _WithoutVisitorData(logging.Filter):
    """Rewrites gunicorn's error-log lines about a request so that they hold nothing the
    visitor sent: "Invalid request from ip=203.0.113.7: Invalid HTTP method: 'get'"
    becomes "Invalid request: Invalid HTTP method" (the quoted part is what she sent: a
    request line with its search, a header name), and "Error handling request GET
    /cerca/?q=…" loses its query string. Other lines (start, workers, the listening
    address) are left as they are."""

    INVALID_REQUEST = re.compile(r"^Invalid request from ip=\S*: ", re.S)
    # From the first quote on: the repr() of what the client sent.
    QUOTED = re.compile(r"""\s*:?\s*['"].*$""", re.S)
    ERROR_HANDLING = re.compile(r"^(Error handling request\b[^?]*)\?\S*", re.S)

    def filter(self, record):
        message = record.getMessage()
        cleaned = self.INVALID_REQUEST.sub("Invalid request: ", message)
        if cleaned != message:
            cleaned = self.QUOTED.sub("", cleaned)
        cleaned = self.ERROR_HANDLING.sub(r"\1", cleaned)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


class PrivateLogger(glogging.Logger):
    """gunicorn's logger, with `_WithoutVisitorData` on its error log."""

    def setup(self, cfg):
        super().setup(cfg)
        if not any(isinstance(item, _WithoutVisitorData) for item in self.error_log.filters):
            self.error_log.addFilter(_WithoutVisitorData())


logger_class = PrivateLogger
