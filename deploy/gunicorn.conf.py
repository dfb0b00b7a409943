"""gunicorn's configuration: `gunicorn -c deploy/gunicorn.conf.py pariopportunita.wsgi`.

Every value can be changed by an environment variable, so that the same file serves
`make serve`, the integration test and a server (docs/deploy.md).

- Workers: one process per core, each serving requests with a few threads (gthread: a
  slow database query holds a thread, not a whole process). Python runs one thread of a
  process at a time, so a process is worth one core at most, and more processes than
  cores only take turns. Several processes need a shared cache: without REDIS_URL the page
  cache lives in one process's memory, so there is then one process.
- Connections: a worker takes no more connections than it has threads, and closes each
  one after its answer (no keepalive: nginx in front opens a connection per request on
  loopback). Otherwise the first worker to wake up accepts most of a burst of connections
  and keeps them: measured with 8 clients, one worker held 7 of them, served them four at
  a time on one core while the other core was nearly idle, and 1 request in 100 waited
  80 ms or more. Now a connection waits in the kernel's queue, in order, until a thread is
  free in any worker.
- Graceful reload: `kill -HUP <master pid>` starts new workers with the new code and lets
  the old ones finish their requests (up to graceful_timeout).
- Logs: gunicorn's own messages on stderr; the access log is written by the application
  (operations/logs.py), which never records the client's address.
- Python's garbage collector: once a worker has served its first requests (Django, the
  templates and the parts of pages it keeps are loaded by then), what it holds is frozen
  (`gc.freeze()`), so that a full collection no longer walks those hundred thousand objects:
  one took 50-100 ms of CPU, during which the worker answered nobody.
"""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")
worker_class = "gthread"
workers = int(
    os.environ.get(
        "WEB_CONCURRENCY",
        multiprocessing.cpu_count() if os.environ.get("REDIS_URL") else 1,
    )
)
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_connections = threads
keepalive = 0
# A request that takes longer than this is abandoned and its worker restarted.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Workers are replaced after this many requests, so that a slow leak never grows. Not
# much lower: a page from memory takes a fraction of a millisecond, and a worker that
# starts again spends a second of CPU importing Django and rebuilding its page memory,
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

# Requests a worker serves before it freezes what it holds (0: never).
gc_freeze_after = int(os.environ.get("GUNICORN_GC_FREEZE_AFTER", "200"))


def post_request(worker, req, environ, resp):
    """After the worker's first `gc_freeze_after` requests: one full collection, then
    everything still alive is left out of every later collection."""
    if gc_freeze_after and not getattr(worker, "gc_frozen", False) and worker.nr >= gc_freeze_after:
        worker.gc_frozen = True
        gc.collect()
        gc.freeze()
        worker.log.info(
            "Froze %d objects after %d requests (gc.freeze)", gc.get_freeze_count(), worker.nr
        )
