"""Gunicorn's settings, read from ./gunicorn.conf.py whenever `gunicorn` starts here.

Every value comes from an environment variable when it is set (GUNICORN_*, and
WEB_CONCURRENCY for the worker count, as on most platforms), and command-line
flags win over both. Reference: https://docs.gunicorn.org/en/stable/settings.html
"""

import math
import os
from pathlib import Path


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
# Processes: one per CPU plus one, so a process busy with Python always has a CPU;
# threads give the concurrency. The CPUs are the container's quota when it has one
# (docker --cpus, Kubernetes limits), not the host's cores. At most 6 by default:
# each thread holds its own database connection (CONN_MAX_AGE), and workers x
# threads x containers must stay under PostgreSQL's max_connections (100 by
# default): 6 x 4 x 3 containers = 72 leaves room for workers and maintenance.
MAX_DEFAULT_WORKERS = 6
CGROUP = Path("/sys/fs/cgroup")


def cgroup_cpu_limit(root: Path = CGROUP) -> float | None:
    """The CPUs the container's cgroup allows (v2 cpu.max, v1 CFS quota), if limited."""
    try:
        quota, period = (root / "cpu.max").read_text().split()  # v2: "max 100000"
        return None if quota == "max" else int(quota) / int(period)
    except (OSError, ValueError):
        pass
    for v1 in (root / "cpu", root / "cpu,cpuacct"):
        try:
            quota_us = int((v1 / "cpu.cfs_quota_us").read_text())  # -1: no limit
            period_us = int((v1 / "cpu.cfs_period_us").read_text())
        except (OSError, ValueError):
            continue
        return quota_us / period_us if quota_us > 0 and period_us > 0 else None
    return None


def available_cpus(cgroup: Path = CGROUP) -> int:
    """The CPUs this process may use: the cgroup quota, else the cores it may run on."""
    cores = (
        len(os.sched_getaffinity(0))  # Linux: the cores this process may run on
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count() or 1
    )
    limit = cgroup_cpu_limit(cgroup)
    return cores if limit is None else max(1, min(cores, math.ceil(limit)))


workers = _int("WEB_CONCURRENCY", min(available_cpus() + 1, MAX_DEFAULT_WORKERS))
threads = _int("GUNICORN_THREADS", 4)


def on_starting(server) -> None:
    server.log.info(
        "%s workers x %s threads: up to %s database connections from this server.",
        workers,
        threads,
        workers * threads,
    )


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
