"""Language views: switching language, and serving pages with a fallback to another language."""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET
from wagtail import hooks
from wagtail.views import serve_chain

from lms.languages.cookie import set_language_cookie
from lms.languages.fallback import route_in_other_language
from lms.page_cache import responses, routes


@require_GET
def switch_language(request: HttpRequest, language_code: str) -> HttpResponseRedirect:
    if language_code not in dict(settings.LANGUAGES):
        raise Http404
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = f"/{language_code}/"
    response = HttpResponseRedirect(target)
    # Only a preference cookie changes here, nothing stored on the server.
    set_language_cookie(response, language_code)
    return response


def serve_page(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's page serving, but a page missing in the reader's language is shown in another
    language (with a notice) instead of a 404."""
    # Anonymous visitors get the page from the cache when nothing of theirs is in it (lms/page_cache).
    cached = responses.cached_response(request)
    if cached is not None:
        return cached
    # Routes come from the page cache (lms/page_cache/routes.py) once Wagtail has resolved them.
    route = routes.route_for_request(request, path) or route_in_other_language(request, path)
    if route is None:
        raise Http404
    page, args, kwargs = route
    if page.locale.language_code != translation.get_language():
        request.content_language = page.locale.language_code

    # The same hook chain as wagtail.views.serve, so privacy restrictions and other
    # before-serve checks apply to fallback pages too.
    on_serve_chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return responses.remember(request, page, on_serve_chain(page, request, args, kwargs))
