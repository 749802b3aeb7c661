"""Finding a page in another language when it is missing in the reader's.

Translations keep the source page's slug (wagtail-localize copies it), so the same path
under another locale's home page is the same page in another language.
"""

from django.conf import settings
from django.http import Http404, HttpRequest
from wagtail.models import Locale, Site


def route_in_other_language(request: HttpRequest, path: str):
    site = Site.find_for_request(request)
    if site is None:
        return None
    active = Locale.get_active()
    components = [component for component in path.split("/") if component]
    for code in settings.CONTENT_FALLBACK_LANGUAGES:
        if code == active.language_code:
            continue
        home = site.root_page.get_translation_or_none(Locale.objects.filter(language_code=code).first())
        if home is None:
            continue
        try:
            return home.specific.route(request, components)
        except Http404:
            continue
    return None
