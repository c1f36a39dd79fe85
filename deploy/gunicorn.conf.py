"""Gunicorn settings for GEM in production (and for the benchmark).

    gunicorn -c deploy/gunicorn.conf.py gem.wsgi

Every setting can be overridden from the environment (GEM_*), or on the command line.
See docs/deployment.md.
"""

import multiprocessing
import os


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


cores = multiprocessing.cpu_count()

bind = os.environ.get("GEM_BIND", "127.0.0.1:8000")  # behind a reverse proxy / load balancer
# Django is CPU-bound with short database waits: (2 x cores) + 1 processes, a few threads each.
workers = _int("GEM_WORKERS", 2 * cores + 1)
worker_class = os.environ.get("GEM_WORKER_CLASS", "gthread")
threads = _int("GEM_THREADS", 4)
# Each thread holds one PostgreSQL connection (CONN_MAX_AGE): workers x threads per app server.

timeout = _int("GEM_TIMEOUT", 60)  # a report of a big province takes seconds, not a minute
graceful_timeout = _int("GEM_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GEM_KEEPALIVE", 5)
backlog = _int("GEM_BACKLOG", 2048)
# Recycle workers now and then so that a slow leak cannot grow (jitter: not all at once).
max_requests = _int("GEM_MAX_REQUESTS", 2000)
max_requests_jitter = _int("GEM_MAX_REQUESTS_JITTER", 200)
limit_request_line = 8190
limit_request_field_size = 8190

preload_app = True  # import Django once, fork workers (less memory, faster start)
# Heartbeat files in memory, not on a slow disk (gunicorn docs, "Blocking OS calls").
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108

accesslog = os.environ.get("GEM_ACCESS_LOG", "-")  # "-": stdout, for journald/docker
errorlog = os.environ.get("GEM_ERROR_LOG", "-")
loglevel = os.environ.get("GEM_LOG_LEVEL", "info")
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
forwarded_allow_ips = os.environ.get("GEM_FORWARDED_ALLOW_IPS", "127.0.0.1")
proc_name = "gem"


def post_fork(server, worker):
    """Connections opened before the fork must not be shared between workers."""
    from django.db import connections

    for conn in connections.all(initialized_only=True):
        conn.close()
