"""Gunicorn settings for the app servers (`gunicorn lms.wsgi`, read from the working directory).

Every value can be changed from the environment without editing this file:

- GUNICORN_WORKERS: processes; default 2 × CPU cores + 1 (at least 2), the usual rule for an
  app that waits on PostgreSQL and Redis part of each request.
- GUNICORN_THREADS: threads per worker (the ``gthread`` worker); default 2. A thread waiting on
  the database lets another request of the same process use the CPU. Each thread holds its own
  persistent database connection (CONN_MAX_AGE), so PostgreSQL must allow workers × threads × app
  servers connections (plus the db_worker).
- GUNICORN_TIMEOUT: seconds a request may run before its worker is restarted; default 30
  (certificate PDFs are rendered by the db_worker; the longest request, the programme report's
  Arabic PDF, takes under 3 s: tests/benchmarks/test_evidence.py).
- GUNICORN_BIND: default 127.0.0.1:8000 (nginx in front).
"""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", max(2, multiprocessing.cpu_count() * 2 + 1)))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Browsers behind nginx reuse connections; nginx itself keeps few open to us.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# A worker is replaced after this many requests (with jitter, so not all at once): bounds slow leaks.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "200"))
# The app is imported once and forked: less memory per worker, faster restarts. Database connections are
# opened after the fork (Django opens them per request), so no connection is shared between workers.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() == "true"
# nginx on the same machine sets X-Forwarded-Proto; only it may.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")


def pre_fork(server, worker):
    """The preloaded app's objects go to the collector's permanent generation before each fork (gc.freeze,
    as Python's documentation advises for forking servers): a worker's collections never walk them, and
    the memory pages it shares with the master are not copied when they would be."""
    gc.freeze()


def post_fork(server, worker):
    """A connection the master opened while preloading is never shared with a worker: each opens its own."""
    from django.db import connections

    connections.close_all()
