"""Django's LocaleMiddleware, minus its redirect of unprefixed 404s for paths that are never localised.

A wrong certificate code must get a plain 404 at /verify/<code>/, not a redirect to
/ar/verify/<code>/ (which Wagtail's catch-all pattern would then "find").
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

from lms.languages.calendar import reading_as


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(tuple(settings.UNPREFIXED_PATHS)):
            return response
        return super().process_response(request, response)


class ReaderMiddleware:
    """Dates and times for the logged-in reader: their time zone (chosen, else their country's) and, in
    Arabic, their country's month names (lms/languages/calendar.py). Anonymous readers get the defaults."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            with reading_as():
                return self.get_response(request)
        with reading_as(country=str(getattr(user, "country", "") or ""), time_zone=getattr(user, "time_zone", "")):
            return self.get_response(request)
