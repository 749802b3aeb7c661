"""Where the language switcher leads: the same page in another language.

A Wagtail page offers only the translations that exist and are live; any other
view under a language prefix maps through Django's URL translation; pages
outside the prefix (accounts) stay where they are and only change the language.
"""

from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from wagtail.models import Page

from lms.page_cache import routes


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool


def _prefixed_with_language(path: str) -> bool:
    return any(path.startswith(f"/{code}/") for code, _name in settings.LANGUAGES)


def page_translation_urls(page: Page, request: HttpRequest) -> dict[str, str]:
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {translated.locale.language_code: translated.get_url(request) for translated in translations}


def view_urls(request: HttpRequest) -> dict[str, str]:
    """The view's own URL, query included, in each language: what ``translate_url`` gives, reversed from the
    request's match instead of resolving the path once more for each language (a third of the switcher's cost
    on the trainer pages, tests/benchmarks/test_cohorts.py)."""
    path = request.get_full_path()
    match = request.resolver_match
    if match is None or match.url_name is None:
        return {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    query = urlsplit(path).query
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                url = reverse(name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                url = path
            else:
                url = f"{url}?{query}" if query else url
        urls[code] = url
    return urls


def language_links(request: HttpRequest, page: Page | None = None) -> list[LanguageLink]:
    current = translation.get_language()
    path = request.get_full_path()
    if page is not None and getattr(page, "pk", None):
        targets = routes.translation_urls(page, request, page_translation_urls)
    elif _prefixed_with_language(request.path):
        targets = view_urls(request)
    else:
        targets = {code: path for code, _name in settings.LANGUAGES}

    links = []
    for code, name in settings.LANGUAGES:
        if code not in targets:
            continue
        switch_url = reverse("switch_language", args=[code]) + "?" + urlencode({"next": targets[code]})
        links.append(LanguageLink(code=code, name=name, url=switch_url, is_current=code == current))
    return links
