"""Anonymous page views from the cache: the same bytes for every visitor without an account or a session.

Only a request that carries no cookie but the CSRF and language ones (no session, so no login and
no messages) is answered from the cache, and only a response that holds nothing of one visitor is
kept: a 200 with no cookie set, no CSRF token, no CSP nonce, no message, no session change and no
``Cache-Control: private/no-cache/no-store``, for a live page whose query string (if any) is one the
page declares (``anonymous_cache_params``, e.g. the catalogue's ``track``). The key holds the host,
the language and the full path, and the page tree's generation (cleared on publish, unpublish,
move, delete or save). Middleware still runs on the cached response, so security headers are fresh.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers

from lms.page_cache import generation

HIT_HEADER = "X-Page-Cache"
UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store")


def _anonymous(request: HttpRequest) -> bool:
    allowed = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    return (
        request.method == "GET"
        and set(request.COOKIES) <= allowed
        and "HTTP_AUTHORIZATION" not in request.META
        and not getattr(request, "is_preview", False)
    )


def _key(request: HttpRequest) -> str:
    return generation.key(
        "anonymous-page",
        request._get_raw_host(),
        request.get_port(),
        translation.get_language(),
        request.get_full_path(),
    )


def cached_response(request: HttpRequest) -> HttpResponse | None:
    """The cached page for an anonymous request, or None."""
    if not _anonymous(request):
        return None
    entry = cache.get(_key(request))
    if entry is None:
        return None
    content, status, headers = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response.headers[name] = value
    response.headers[HIT_HEADER] = "hit"
    return response


def _personal(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether the rendered response holds anything of this visitor (or must not be shared)."""
    messages = getattr(request, "_messages", None)
    session = getattr(request, "session", None)
    cache_control = response.headers.get("Cache-Control", "")
    return bool(
        response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or b"csrfmiddlewaretoken" in response.content
        or getattr(request, "_csp_nonce", None)
        or (messages is not None and (messages._queued_messages or getattr(messages, "_loaded_data", None)))
        or (session is not None and session.modified)
        or any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES)
    )


def _query_allowed(request: HttpRequest, page) -> bool:
    return set(request.GET) <= set(getattr(page, "anonymous_cache_params", ()))


def remember(request: HttpRequest, page, response: HttpResponse) -> HttpResponse:
    """Keep an anonymous visitor's page once rendered, if it holds nothing personal; returns the response."""
    if not (
        _anonymous(request)
        and response.status_code == 200
        and not response.streaming
        and page.live
        and _query_allowed(request, page)
        and not request.user.is_authenticated
    ):
        return response
    key = _key(request)
    patch_vary_headers(response, ("Cookie",))

    def store(rendered: HttpResponse) -> None:
        if _personal(request, rendered):
            return
        headers = [(name, value) for name, value in rendered.headers.items() if name.lower() != "set-cookie"]
        cache.set(key, (rendered.content, rendered.status_code, headers), generation.timeout())

    if hasattr(response, "add_post_render_callback") and not response.is_rendered:
        response.add_post_render_callback(store)
    else:
        store(response)
    return response
