"""Django's LocaleMiddleware, minus its redirect of unprefixed 404s for paths that are never localised.

A wrong certificate code must get a plain 404 at /verify/<code>/, not a redirect to
/ar/verify/<code>/ (which Wagtail's catch-all pattern would then "find").
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(tuple(settings.UNPREFIXED_PATHS)):
            return response
        return super().process_response(request, response)
