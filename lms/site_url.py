"""The address of the site, for absolute links in PDFs and mails (the certificate's verification link and QR
code, the links in cohort mails).

During a request it is the request's own scheme and host (already checked against ALLOWED_HOSTS), so a
certificate issued on 127.0.0.1:8123 or on a staging host points back there. Background tasks have no request:
whoever enqueues one passes `base_url()` as captured at that moment, and the task runs `serving(...)` with it;
a task enqueued outside any request (a command, the scheduler) gets WAGTAILADMIN_BASE_URL.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings

_current: ContextVar[str] = ContextVar("site_base_url", default="")


def base_url() -> str:
    """The base URL without a trailing slash: the current request's or task's, else the configured one."""
    return (_current.get() or settings.WAGTAILADMIN_BASE_URL).rstrip("/")


@contextmanager
def serving(url: str) -> Iterator[None]:
    """Build links on `url` (a base URL captured earlier) inside this block; empty means the configured one."""
    token = _current.set(url.rstrip("/"))
    try:
        yield
    finally:
        _current.reset(token)


class SiteURLMiddleware:
    """Links built while handling a request use the host the request came to."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with serving(request.build_absolute_uri("/")):
            return self.get_response(request)
