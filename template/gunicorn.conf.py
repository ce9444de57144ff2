"""Gunicorn's settings, read from ./gunicorn.conf.py whenever `gunicorn` starts here.

Every value comes from an environment variable when it is set (GUNICORN_*, and
WEB_CONCURRENCY for the worker count, as on most platforms), and command-line
flags win over both. Reference: https://docs.gunicorn.org/en/stable/settings.html
"""

import os


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value else default


wsgi_app = "config.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Worker class: gthread, a pool of threads in each process. A JSON API over
# PostgreSQL spends most of a request waiting on the database, and a waiting thread
# leaves the process free to serve another request, at a fraction of a process's
# memory. Django's ORM is synchronous, so the async workers (gevent, eventlet)
# would need psycopg patched to yield; sync workers would hold a whole process per
# slow query. Threads also keep a slow client from pinning a process (nginx in
# front buffers requests and responses anyway).
# https://docs.gunicorn.org/en/stable/design.html#how-many-workers
worker_class = "gthread"
# Processes: one per CPU core plus one, so a process busy with Python always has
# a core; threads give the concurrency. Each thread holds its own database
# connection (CONN_MAX_AGE), so workers x threads x containers must stay under
# PostgreSQL's max_connections (100 by default).
cores = (
    len(os.sched_getaffinity(0))  # the cores this container may use (Linux)
    if hasattr(os, "sched_getaffinity")
    else os.cpu_count() or 1
)
workers = _int("WEB_CONCURRENCY", cores + 1)
threads = _int("GUNICORN_THREADS", 4)

# A request still running after `timeout` seconds gets its worker restarted; on
# reload or shutdown, workers finish their requests for up to `graceful_timeout`.
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Idle keep-alive connections from nginx are closed after this many seconds; nginx's
# upstream keepalive_timeout is shorter, so it never reuses a connection being closed.
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# Restart each worker after about this many requests (jitter spreads the restarts)
# so that a slow memory leak never grows unbounded. 0 turns it off.
max_requests = _int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 100)
# Above nginx's limits (8k a line, 32k of headers in all; see
# docker/nginx/default.conf.template), so that nginx refuses an oversized request
# first, in the API's JSON error format: gunicorn's own refusal is an HTML page.
# The request line gets gunicorn's largest limit; a header may grow as nginx adds
# to it (X-Forwarded-For), and 32k of headers hold at most 8192 of them.
limit_request_line = 8190
limit_request_field_size = 16380
limit_request_fields = 32768
# Heartbeat files; containers point this at /dev/shm (memory, not the image's disk).
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR") or None

# Trust X-Forwarded-Proto and friends only from these proxy addresses (nginx).
# docker-compose.yml sets "*": there, only the compose network reaches gunicorn.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Logs to stdout and stderr, for the container runtime to collect. The access log
# has the request ID nginx forwards, and the time taken in milliseconds.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = (
    '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" '
    "%(M)sms request_id=%({x-request-id}i)s"
)

# The control socket for `gunicornc` is off unless given a path: its default, one
# path under $HOME, is shared by every gunicorn of the same user.
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET") or None
control_socket_disable = control_socket is None
