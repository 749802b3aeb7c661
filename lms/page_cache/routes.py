"""Page routing from the cache: the path's page found in one query instead of two per tree level.

Wagtail walks the tree from the site's root, one child query and one "specific" query per level,
and then looks for view restrictions on every ancestor. Here a route that Wagtail resolved once
(the site, the page itself, and whether any view restriction applies) is kept per host, language and
path; later requests read it from the cache without a query. The entry belongs to the tree's generation,
which publishing, unpublishing, moving, deleting or saving any page replaces, so a page that is no longer
live, or has changed, is never served from an old entry.
"""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from lms.page_cache import generation


def _site_values(site: Site) -> dict:
    return {field.attname: getattr(site, field.attname) for field in Site._meta.concrete_fields}


def _route_key(request: HttpRequest, path: str) -> str:
    # Named after what the entry holds: when its shape changes, so does the name, so that app servers of two
    # releases sharing one Redis during a rolling deploy never read each other's entries.
    return generation.key("routed-page", request._get_raw_host(), request.get_port(), translation.get_language(), path)


def _cacheable(page: Page, args, kwargs) -> bool:
    # Only plain pages: one whose model routes sub-paths itself (a RoutablePage) is routed by Wagtail.
    return not args and not kwargs and type(page).route is Page.route


def route_for_request(request: HttpRequest, path: str):
    """``Page.route_for_request``, from the cache when this path was routed before in this generation."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    key = _route_key(request, path)
    entry = cache.get(key)
    if entry is not None:
        # Only live pages are routed and kept; unpublishing replaces the generation, so the entry is gone.
        page = entry["instance"]
        request._wagtail_site = Site(**entry["site"])
        if entry["unrestricted"]:
            # No restriction on the page or its ancestors (a restriction saved since replaced the
            # generation): Wagtail's check_view_restrictions hook then has nothing to query.
            page.get_view_restrictions = PageViewRestriction.objects.none
        request._wagtail_route_for_request = (page, [], {})
        return request._wagtail_route_for_request
    route = Page.route_for_request(request, path)
    if route is not None and _cacheable(*route):
        page = route[0]
        site = Site.find_for_request(request)
        # The page with its locale (read by every template); its body is pickled as raw stream data.
        page.locale  # noqa: B018
        entry = {
            "instance": page,
            "site": _site_values(site),
            "unrestricted": not page.get_view_restrictions().exists(),
        }
        cache.set(key, entry, generation.timeout())
    return route


def translation_urls(page: Page, request: HttpRequest, build) -> dict[str, str]:
    """The language switcher's targets for a page (``build(page, request)``), kept per host and page."""
    key = generation.key("translations", request._get_raw_host(), request.get_port(), page.pk)
    urls = cache.get(key)
    if urls is None:
        urls = build(page, request)
        cache.set(key, urls, generation.timeout())
    return urls
