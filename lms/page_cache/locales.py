"""The reader's locale from the page cache: pages and their snippets ask for it without a query.

Wagtail's ``Locale.get_active()`` queries the locale table on every call, and every snippet shown
in the reader's language (``.localized``: a case study, a guidebook) calls it. A locale saved or
deleted replaces the page cache's generation, so a changed locale is read again.
"""

from django.core.cache import cache
from django.utils import translation
from wagtail.models import DraftStateMixin, Locale

from lms.page_cache import generation


def active_locale() -> Locale:
    """``Locale.get_active()``, once per generation and language."""
    key = generation.key("locale", translation.get_language())

    def read() -> Locale:
        locale = cache.get(key)
        if locale is None:
            locale = Locale.get_active()
            cache.set(key, locale, generation.timeout())
        return locale

    return generation.remembered(key, read)


def localized(instance):
    """``instance.localized`` (its live translation in the reader's language, else itself), with the
    reader's locale from the cache; a query only when a translation must be looked up."""
    if instance is None:
        return None
    locale = active_locale()
    if instance.locale_id == locale.pk:
        return instance
    translated = instance.get_translation_or_none(locale)
    if translated is None or (isinstance(translated, DraftStateMixin) and not translated.live):
        return instance
    return translated
